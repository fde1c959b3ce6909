package org.tutela.incidents;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.identity.Caller;
import org.tutela.incidents.breach.BreachChecks;
import org.tutela.incidents.breach.BreachStore;
import org.tutela.incidents.notice.AffectedPersonStore;
import org.tutela.incidents.notice.NoticeDrafts;
import org.tutela.incidents.notice.PersonSources;
import org.tutela.incidents.notice.PersonSources.RecordKind;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;

/**
 * Telling the persons affected by a high-risk breach (GDPR Art. 34, MEZ-7): the data
 * protection officer chooses them by a query over the catalogue, writes or confirms the
 * notice in each language the selection needs, and starts the sending, which goes through
 * the mail outbox at its pace. Each person is told once, whatever chose them and however
 * often the sending is started, and each telling is recorded with its moment. The persons
 * are a record of their own: the register still names none. Every action is in the audit
 * trail, by counts.
 */
@Service
public class BreachNotices {

	private final BreachStore breaches;

	private final AffectedPersonStore persons;

	private final PersonSources sources;

	private final NoticeDrafts drafts;

	private final AuditTrail audit;

	private final Clock clock;

	BreachNotices(BreachStore breaches, AffectedPersonStore persons, PersonSources sources, NoticeDrafts drafts,
			AuditTrail audit, Clock clock) {
		this.breaches = breaches;
		this.persons = persons;
		this.sources = sources;
		this.drafts = drafts;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Adds the persons the choice stands for to those to tell; returns how many were new.
	 * Refused unless the breach is assessed as a high risk.
	 */
	@PreAuthorize("hasAuthority('breaches.manage')")
	@Transactional
	public int select(UUID id, AffectedPersons choice) {
		Breach breach = highRisk(id, "kind");
		String query = this.sources.query(choice).orElse(null);
		Object source = choice.kind() == AffectedPersons.Kind.RECORD ? choice.source() : choice.sourceId();
		if (query == null || source == null) {
			throw new InvalidInput(List.of(new FieldError(field(choice.kind()), "breach.notice.choose")));
		}
		int added = this.persons.select(id, query, source, Caller.name(), this.clock.instant());
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, null, "breach " + breach.reference() + ": " + added
				+ " person(s) selected to be told by " + choice.kind().name().toLowerCase(Locale.ROOT)));
		return added;
	}

	/** Where the telling stands, with the notices written. */
	@PreAuthorize("hasAuthority('breaches.manage')")
	@Transactional(readOnly = true)
	public NoticeProgress progress(UUID id) {
		Map<String, Integer> counts = this.persons.counts(id);
		return new NoticeProgress(counts.getOrDefault("SELECTED", 0), counts.getOrDefault("QUEUED", 0),
				counts.getOrDefault("TOLD", 0), counts.getOrDefault("NO_ADDRESS", 0), counts.getOrDefault("FAILED", 0),
				this.persons.languages(id), this.persons.notices(id));
	}

	/**
	 * The notice in a language: as written, else a first one from the breach's record.
	 */
	@PreAuthorize("hasAuthority('breaches.manage')")
	@Transactional(readOnly = true)
	public BreachNotice notice(UUID id, String language) {
		BreachNotice written = this.persons.notices(id).get(language);
		return written != null ? written
				: this.drafts.of(this.breaches.find(id).orElseThrow(BreachNotFound::new), language);
	}

	/** Writes or confirms the notice in one language the selection needs. */
	@PreAuthorize("hasAuthority('breaches.manage')")
	@Transactional
	public void write(UUID id, @Nullable String language, @Nullable String subject, @Nullable String body) {
		Breach breach = highRisk(id, "subject");
		List<FieldError> errors = new ArrayList<>();
		if (language == null || !this.persons.languages(id).contains(language)) {
			errors.add(new FieldError("subject", "breach.notice.language"));
		}
		String checkedSubject = BreachChecks.required("subject", subject, TextRule.LINE, errors);
		String checkedBody = BreachChecks.required("body", body, TextRule.PARAGRAPH, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		this.persons.write(id, new BreachNotice(language, checkedSubject, checkedBody), Caller.name(),
				this.clock.instant());
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, null,
				"breach " + breach.reference() + " notice to the persons written in " + language));
	}

	/**
	 * Queues everyone selected and not yet sent to; refused until each language the
	 * selection needs has its notice. Returns how many were queued: none the second time.
	 */
	@PreAuthorize("hasAuthority('breaches.manage')")
	@Transactional
	public int send(UUID id) {
		Breach breach = highRisk(id, "send");
		List<String> missing = progress(id).missing();
		if (!missing.isEmpty()) {
			throw new InvalidInput(List.of(new FieldError("send", "breach.notice.missing")));
		}
		int queued = this.persons.queue(id, Caller.name(), this.clock.instant());
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, null,
				"breach " + breach.reference() + ": notice to " + queued + " person(s) queued"));
		return queued;
	}

	/** The kinds of record a choice can name, by their names in the reader's language. */
	public List<RecordKind> recordKinds(Locale locale) {
		return this.sources.kinds(locale);
	}

	private Breach highRisk(UUID id, String field) {
		Breach breach = this.breaches.find(id).orElseThrow(BreachNotFound::new);
		if (breach.risk() != BreachRisk.HIGH) {
			throw new InvalidInput(List.of(new FieldError(field, "breach.notice.not-high")));
		}
		return breach;
	}

	private static String field(AffectedPersons.Kind kind) {
		return kind.name().toLowerCase(Locale.ROOT);
	}

}
