package org.tutela.recruitment.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.recruitment.Vacancy;

/** The vacancies, as rows, each with the number of applications it holds. */
@Repository
public class VacancyStore {

	private static final String SELECT = """
			SELECT v.id, v.title, v.closes_on, v.procedure_ended_on, v.opened_at,
				(SELECT COUNT(*) FROM recruitment_application a WHERE a.vacancy_id = v.id) AS applications,
				(SELECT MAX(a.received_at) FROM recruitment_application a WHERE a.vacancy_id = v.id) AS last_received
			FROM recruitment_vacancy v""";

	private final JdbcClient jdbc;

	VacancyStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, String title, @Nullable LocalDate closesOn, String by, Instant at) {
		this.jdbc.sql("""
				INSERT INTO recruitment_vacancy (id, title, closes_on, opened_by, opened_at)
				VALUES (:id, :title, :closes, :by, :at)""")
			.param("id", id)
			.param("title", title)
			.param("closes", closesOn)
			.param("by", by)
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.update();
	}

	/** Ends the procedure; false when it had ended already. */
	public boolean end(UUID id, LocalDate on, String by) {
		return this.jdbc.sql("""
				UPDATE recruitment_vacancy SET procedure_ended_on = :on, ended_by = :by
				WHERE id = :id AND procedure_ended_on IS NULL""")
			.param("on", on)
			.param("by", by)
			.param("id", id)
			.update() > 0;
	}

	/**
	 * Claims the one reminder of a procedure still running; false when it was claimed
	 * before, or the procedure has ended meanwhile.
	 */
	public boolean claimReminder(UUID id, LocalDate on) {
		return this.jdbc.sql("""
				UPDATE recruitment_vacancy SET reminded_on = :on
				WHERE id = :id AND reminded_on IS NULL AND procedure_ended_on IS NULL""")
			.param("on", on)
			.param("id", id)
			.update() > 0;
	}

	/** Every vacancy, those whose procedure runs first, then the newest. */
	public List<Vacancy> all() {
		return this.jdbc
			.sql(SELECT + " ORDER BY CASE WHEN v.procedure_ended_on IS NULL THEN 0 ELSE 1 END, v.opened_at DESC")
			.query(VacancyStore::vacancy)
			.list();
	}

	public Optional<Vacancy> find(UUID id) {
		return this.jdbc.sql(SELECT + " WHERE v.id = :id").param("id", id).query(VacancyStore::vacancy).optional();
	}

	private static Vacancy vacancy(ResultSet row, int number) throws SQLException {
		OffsetDateTime last = row.getObject("last_received", OffsetDateTime.class);
		return new Vacancy(row.getObject("id", UUID.class), row.getString("title"),
				row.getObject("closes_on", LocalDate.class), row.getObject("procedure_ended_on", LocalDate.class),
				row.getInt("applications"), row.getObject("opened_at", OffsetDateTime.class).toInstant(),
				last == null ? null : last.toInstant());
	}

}
