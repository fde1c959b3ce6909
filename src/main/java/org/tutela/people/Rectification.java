package org.tutela.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.people.person.CheckedPerson;
import org.tutela.people.person.PersonChecks;
import org.tutela.people.person.PersonStore;
import org.tutela.personaldata.PersonId;

/**
 * The data subject's right to rectification (GDPR Art. 16): their record corrected at
 * their request, checked as a new one would be, with what changed recorded in the audit
 * trail.
 */
@Service
public class Rectification {

	private final PersonChecks checks;

	private final PersonStore store;

	private final AuditTrail audit;

	Rectification(PersonChecks checks, PersonStore store, AuditTrail audit) {
		this.checks = checks;
		this.store = store;
		this.audit = audit;
	}

	/**
	 * Corrects the person's record at their request (GDPR Art. 16) with every rule of a
	 * new record; the fields changed, before and after. Called by the requests module
	 * once the requester's identity is verified.
	 */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public List<Amendment> rectify(PersonId id, Correction correction) {
		Person now = this.store.find(id).orElseThrow(() -> new PersonNotFound(id));
		CheckedPerson corrected = this.checks.checkFields(new NewPerson(either(correction.firstName(), now.firstName()),
				cleared(correction.secondName(), now.secondName()), either(correction.lastName(), now.lastName()),
				correction.birthDate() == null ? now.birthDate() : correction.birthDate(),
				either(correction.language(), now.language()), cleared(correction.jobFunction(), now.jobFunction()),
				now.provenance(), List.of(), List.of(), List.of()));
		List<Amendment> changed = new ArrayList<>();
		compare("firstName", now.firstName(), corrected.firstName(), changed);
		compare("secondName", now.secondName(), corrected.secondName(), changed);
		compare("lastName", now.lastName(), corrected.lastName(), changed);
		compare("birthDate", now.birthDate(), corrected.birthDate(), changed);
		compare("language", now.language(), corrected.language(), changed);
		compare("jobFunction", now.jobFunction(), corrected.jobFunction(), changed);
		if (!changed.isEmpty()) {
			this.store.correct(id, corrected);
			this.audit.record(AuditEvent.of(AuditAction.UPDATE, id, "rectified at the person's request: "
					+ String.join(", ", changed.stream().map(Amendment::field).toList())));
		}
		return changed;
	}

	private static String either(@Nullable String given, String held) {
		return given == null ? held : given;
	}

	private static @Nullable String cleared(@Nullable String given, @Nullable String held) {
		return given == null ? held : given.isBlank() ? null : given;
	}

	private static void compare(String field, @Nullable Object before, @Nullable Object after,
			List<Amendment> changed) {
		if (!Objects.equals(before, after)) {
			changed.add(new Amendment(field, before == null ? null : before.toString(),
					after == null ? null : after.toString()));
		}
	}

}
