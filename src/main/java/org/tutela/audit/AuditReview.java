package org.tutela.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.trail.Entries;
import org.tutela.audit.trail.Entries.Criteria;
import org.tutela.audit.trail.Entry;
import org.tutela.platform.crypto.KeyedHash;

/**
 * Reading the audit trail, for the DPO (permission {@code audit.read}): the newest
 * entries first, narrowed by who, whose data, what and when. Reading the trail is itself
 * recorded in it, with what was looked for but no personal data in the detail.
 */
@Service
public class AuditReview {

	static final String PURPOSE = "audit review";

	private final Entries entries;

	private final AuditTrail trail;

	private final KeyedHash keyedHash;

	private final Clock clock;

	AuditReview(Entries entries, AuditTrail trail, KeyedHash keyedHash, Clock clock) {
		this.entries = entries;
		this.trail = trail;
		this.keyedHash = keyedHash;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('audit.read')")
	@Transactional
	public List<RecordedEntry> newest(AuditQuery query, int limit) {
		String subject = query.person() != null
				? this.keyedHash.hash(AuditTrail.PERSON_DOMAIN, query.person().value().toString()) : query.subject();
		List<RecordedEntry> found = new ArrayList<>();
		this.entries
			.newest(new Criteria(query.actor(), subject, query.action() == null ? null : query.action().name(),
					startOf(query.from()), startOf(query.until() == null ? null : query.until().plusDays(1)),
					query.before()), limit)
			.forEach(entry -> found.add(recorded(entry)));
		this.trail.record(new AuditEvent(AuditAction.READ, query.person(), null, PURPOSE, Set.of(), looked(query)));
		return found;
	}

	private @Nullable Instant startOf(@Nullable LocalDate day) {
		return day == null ? null : day.atStartOfDay(this.clock.getZone()).toInstant();
	}

	/** What was looked for, named without the values: those could be personal data. */
	private static String looked(AuditQuery query) {
		List<String> by = new ArrayList<>();
		if (query.actor() != null) {
			by.add("account");
		}
		if (query.person() != null || query.subject() != null) {
			by.add("person");
		}
		if (query.action() != null) {
			by.add("action " + query.action().name().toLowerCase(Locale.ROOT));
		}
		if (query.from() != null || query.until() != null) {
			by.add("period");
		}
		return by.isEmpty() ? "audit trail read" : "audit trail read, by " + String.join(", ", by);
	}

	private static RecordedEntry recorded(Entry entry) {
		return new RecordedEntry(entry.id(), entry.occurredAt(), entry.actor(), split(entry.actorRoles()),
				entry.action(), entry.subject(), entry.purpose(), split(entry.fields()), entry.detail(),
				entry.chainSeq() != null);
	}

	private static List<String> split(@Nullable String joined) {
		return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
	}

}
