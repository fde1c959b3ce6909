package org.tutela.recruitment;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.personaldata.PersonId;
import org.tutela.recruitment.application.ApplicationStore;

/**
 * The back office's side of the applications, for accounts holding the
 * {@code recruitment} permission only (SKI-2): a vacancy's applications, one with its
 * details, and its CV. Every read and every download of a CV is audited.
 */
@Service
public class Applications {

	private static final String[] LISTED = { "first_name", "last_name", "kept_longer", "received_at" };

	private static final String[] READ = { "first_name", "last_name", "email", "phone", "motivation", "cv_name",
			"kept_longer", "kept_longer_words", "kept_longer_withdrawn_at", "received_at" };

	private final Vacancies vacancies;

	private final ApplicationStore store;

	private final AuditTrail audit;

	Applications(Vacancies vacancies, ApplicationStore store, AuditTrail audit) {
		this.vacancies = vacancies;
		this.store = store;
		this.audit = audit;
	}

	/** The vacancy's applications, newest first. */
	@PreAuthorize("hasAuthority('recruitment')")
	@Transactional
	public List<Application> of(Vacancy vacancy) {
		List<Map<String, Object>> rows = this.store.ofVacancy(vacancy.id());
		rows.forEach(row -> read(row, "applications listed", LISTED));
		return rows.stream().map(row -> application(row, vacancy)).toList();
	}

	@PreAuthorize("hasAuthority('recruitment')")
	@Transactional
	public Application get(UUID id) {
		Map<String, Object> row = this.store.row(id).orElseThrow(() -> new ApplicationNotFound(id));
		Vacancy vacancy = this.vacancies.get((UUID) row.get("vacancy_id"));
		read(row, "job application read", READ);
		return application(row, vacancy);
	}

	/** The CV as it was sent; the download is audited. */
	@PreAuthorize("hasAuthority('recruitment')")
	@Transactional
	public Cv cv(UUID id) {
		Map<String, Object> row = this.store.row(id).orElseThrow(() -> new ApplicationNotFound(id));
		this.vacancies.get((UUID) row.get("vacancy_id"));
		Cv cv = this.store.cv(id).orElseThrow(() -> new ApplicationNotFound(id));
		PersonId person = person(row);
		this.audit.record(new AuditEvent(AuditAction.EXPORT, person, null, activityId(), Set.of("cv_name", "cv_cipher"),
				person == null ? "CV downloaded, applicant not a known person" : "CV downloaded"));
		return cv;
	}

	private void read(Map<String, Object> row, String detail, String... fields) {
		PersonId person = person(row);
		this.audit
			.record(person == null ? AuditEvent.of(AuditAction.READ, null, detail + ", applicant not a known person")
					: new AuditEvent(AuditAction.READ, person, null, activityId(), Set.of(fields), detail));
	}

	private @Nullable String activityId() {
		return this.vacancies.activity().map(activity -> activity.id()).orElse(null);
	}

	private Application application(Map<String, Object> row, Vacancy vacancy) {
		boolean kept = Boolean.TRUE.equals(row.get("kept_longer"));
		return new Application((UUID) row.get("id"), vacancy.id(), vacancy.title(),
				String.valueOf(row.get("first_name")), String.valueOf(row.get("last_name")),
				String.valueOf(row.get("email")), (String) row.get("phone"), (String) row.get("motivation"),
				String.valueOf(row.get("cv_name")), ((Number) row.get("cv_size")).intValue(), kept,
				(String) row.get("kept_longer_words"),
				row.get("kept_longer_withdrawn_at") == null ? null : instant(row.get("kept_longer_withdrawn_at")),
				instant(row.get("received_at")), this.vacancies.deletedOn(vacancy, kept));
	}

	private static @Nullable PersonId person(Map<String, Object> row) {
		Object person = row.get("person_id");
		return person == null ? null : PersonId.of((UUID) person);
	}

	static Instant instant(@Nullable Object value) {
		if (value instanceof Timestamp timestamp) {
			return timestamp.toInstant();
		}
		return value instanceof OffsetDateTime moment ? moment.toInstant() : Instant.EPOCH;
	}

}
