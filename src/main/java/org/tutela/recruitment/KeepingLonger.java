package org.tutela.recruitment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.personaldata.FormRecordsDeleted;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.crypto.Sha256;
import org.tutela.recruitment.application.ApplicationStore;

/**
 * The applicant's side of the box to keep an application for other vacancies (SKI-2, Art.
 * 7(3)): through the link in the mail that confirmed it, they see what they agreed to and
 * withdraw it, as easily as they gave it. The withdrawal is recorded on the application
 * and in the audit trail; the application then goes by the rule without consent, counted
 * from the end of the procedure, and at once where that day has passed, with the person
 * the form registered for it unless something else keeps them.
 */
@Service
public class KeepingLonger {

	private final ApplicationStore store;

	private final Vacancies vacancies;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	KeepingLonger(ApplicationStore store, Vacancies vacancies, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.vacancies = vacancies;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The application the link's token opens; empty once it is deleted. */
	@Transactional(readOnly = true)
	public Optional<KeptApplication> find(String token) {
		return this.store.withToken(Sha256.hex(token)).map(row -> kept(row, false));
	}

	/**
	 * Withdraws the consent; a second withdrawal changes nothing. Empty when the link
	 * opens no application any longer.
	 */
	@Transactional
	public Optional<KeptApplication> withdraw(String token) {
		Optional<Map<String, Object>> found = this.store.withToken(Sha256.hex(token));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Map<String, Object> row = found.get();
		UUID id = (UUID) row.get("id");
		PersonId person = person(row);
		if (!this.store.withdraw(id, this.clock.instant())) {
			return Optional.of(kept(row, false));
		}
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, person,
				"consent to keep a job application for other vacancies withdrawn by the applicant"));
		Map<String, Object> withdrawn = this.store.row(id).orElseThrow();
		KeptApplication now = kept(withdrawn, false);
		if (now.deletedOn() != null && !now.deletedOn().isAfter(LocalDate.now(this.clock))) {
			this.store.delete(id);
			this.audit.record(AuditEvent.of(AuditAction.DELETE, person,
					"job application deleted: its period without consent had passed"));
			if (person != null) {
				this.events.publishEvent(new FormRecordsDeleted(Set.of(person)));
			}
			return Optional.of(kept(withdrawn, true));
		}
		return Optional.of(now);
	}

	private KeptApplication kept(Map<String, Object> row, boolean deleted) {
		Vacancy vacancy = this.vacancies.vacancy((UUID) row.get("vacancy_id"));
		boolean keptLonger = Boolean.TRUE.equals(row.get("kept_longer"));
		return new KeptApplication(vacancy.title(), Applications.instant(row.get("received_at")),
				String.valueOf(row.get("kept_longer_words")),
				row.get("kept_longer_withdrawn_at") == null ? null
						: Applications.instant(row.get("kept_longer_withdrawn_at")),
				this.vacancies.deletedOn(vacancy, keptLonger), deleted);
	}

	private static @Nullable PersonId person(Map<String, Object> row) {
		Object person = row.get("person_id");
		return person == null ? null : PersonId.of((UUID) person);
	}

}
