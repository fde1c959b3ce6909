package org.tutela.recruitment.privacy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.ExpiringRecords;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.RetentionAction;
import org.tutela.recruitment.Vacancies;

/**
 * Job applications as the retention engine reaches them (SKI-2): counted from the day
 * staff ended their vacancy's procedure, as the Dutch authority advises; each says
 * whether the applicant ticked the box to keep it for other vacancies, so that the pack's
 * rules {@code without consent} (four weeks) and {@code with consent} (a year) each reach
 * their own. While the procedure runs, none is due. They leave by deletion, CV and all.
 */
@Component
class ExpiringApplications implements ExpiringRecords {

	private static final Kind KIND = new Kind("recruitment", "job applications", Set.of(Vacancies.PURPOSE),
			Set.of(Anchor.END_OF_APPLICATION_PROCEDURE), Set.of(RetentionAction.DELETE));

	private final JdbcClient jdbc;

	ExpiringApplications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Kind kind() {
		return KIND;
	}

	@Override
	public boolean knowsConsent() {
		return true;
	}

	/** Without a condition, a rule reaches every application whose procedure ended. */
	@Override
	public List<Due> due(String purpose, Anchor event, LocalDate cutoff, RetentionAction action, @Nullable String after,
			int limit) {
		return due(cutoff, null, after, limit);
	}

	@Override
	public List<Due> due(String purpose, Anchor event, LocalDate cutoff, RetentionAction action, boolean consented,
			@Nullable String after, int limit) {
		return due(cutoff, consented, after, limit);
	}

	private List<Due> due(LocalDate cutoff, @Nullable Boolean consented, @Nullable String after, int limit) {
		return this.jdbc
			.sql("""
					SELECT a.id, a.person_id FROM recruitment_application a
					JOIN recruitment_vacancy v ON v.id = a.vacancy_id
					WHERE v.procedure_ended_on <= :cutoff"""
					+ (consented == null ? "" : " AND a.kept_longer = :consented")
					+ (after == null ? "" : " AND a.id > :after") + " ORDER BY a.id LIMIT :limit")
			.param("cutoff", cutoff)
			.param("consented", consented)
			.param("after", after == null ? null : UUID.fromString(after))
			.param("limit", limit)
			.query((row, number) -> Due.of(row.getString("id"), row.getObject("person_id", UUID.class)))
			.list();
	}

	@Override
	public int apply(RetentionAction action, List<String> keys) {
		if (keys.isEmpty() || action != RetentionAction.DELETE) {
			return 0;
		}
		return this.jdbc.sql("DELETE FROM recruitment_application WHERE id IN (:keys)")
			.param("keys", keys.stream().map(UUID::fromString).toList())
			.update();
	}

	/** An application names its applicant until it is deleted. */
	@Override
	public List<Due> naming(Collection<PersonId> persons) {
		if (persons.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT id, person_id FROM recruitment_application WHERE person_id IN (:persons)")
			.param("persons", persons.stream().map(PersonId::value).toList())
			.query((row, number) -> Due.of(row.getString("id"), row.getObject("person_id", UUID.class)))
			.list();
	}

}
