package org.tutela.incidents.notice;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.incidents.BreachNotice;
import org.tutela.personaldata.PersonId;

/**
 * The persons to tell of a breach and the notices, set-based: a selection is one
 * {@code INSERT … SELECT} over the persons the chosen rows name, as the outreach
 * audiences are, each person once per breach whatever chose them, then one {@code UPDATE}
 * of those without an e-mail address; starting the sending is one row, the moment it
 * started: everyone selected by then and not yet told is queued. The sender takes the
 * queued ones a few at a time.
 */
@Repository
public class AffectedPersonStore {

	/**
	 * Each person named by the source's rows not yet selected for the breach, with their
	 * language. The key keeps a person chosen before out: an anti-join on the table being
	 * written would be planned, for a breach's first persons, as a scan of the table for
	 * every row written.
	 */
	private static final String SELECT = """
			INSERT INTO incidents_breach_person (breach_id, person_id, language, status, selected_by, selected_at)
			SELECT :breach, p.id, p.language, 'SELECTED', :by, :at
			FROM people_person p
			WHERE p.id IN (%s)
			ON CONFLICT DO NOTHING""";

	/**
	 * Whether a person still to be told is queued: selected by the sending's last start.
	 */
	private static final String QUEUED = "EXISTS (SELECT 1 FROM incidents_breach_sending s "
			+ "WHERE s.breach_id = p.breach_id AND p.selected_at <= s.queued_at)";

	private final JdbcClient jdbc;

	AffectedPersonStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Adds the persons {@code sourceQuery} names (one column of person ids, its one
	 * parameter {@code :source}), and marks those of the breach still to be told who have
	 * no e-mail address; returns how many were new to the breach.
	 */
	public int select(UUID breach, String sourceQuery, Object source, String by, Instant at) {
		int added = this.jdbc.sql(String.format(SELECT, sourceQuery))
			.param("breach", breach)
			.param("source", source)
			.param("by", by)
			.param("at", at(at))
			.update();
		this.jdbc
			.sql("""
					UPDATE incidents_breach_person SET status = 'NO_ADDRESS' WHERE breach_id = :breach AND status = 'SELECTED'
					AND NOT EXISTS (SELECT 1 FROM people_contact_point e
						WHERE e.person_id = incidents_breach_person.person_id AND e.kind = 'EMAIL')""")
			.param("breach", breach)
			.update();
		return added;
	}

	/**
	 * Queues everyone selected and not yet told, by the moment the sending starts;
	 * returns how many were not queued before.
	 */
	public int queue(UUID breach, String by, Instant at) {
		int queued = this.jdbc
			.sql("SELECT COUNT(*) FROM incidents_breach_person p WHERE p.breach_id = :breach "
					+ "AND p.status = 'SELECTED' AND NOT " + QUEUED)
			.param("breach", breach)
			.query(Integer.class)
			.single();
		Map<String, Object> values = Map.of("breach", breach, "at", at(at), "by", by);
		int started = this.jdbc
			.sql("UPDATE incidents_breach_sending SET queued_at = :at, queued_by = :by, through = NULL, done = FALSE "
					+ "WHERE breach_id = :breach")
			.params(values)
			.update();
		if (started == 0) {
			this.jdbc.sql(
					"INSERT INTO incidents_breach_sending (breach_id, queued_at, queued_by) VALUES (:breach, :at, :by)")
				.params(values)
				.update();
		}
		return queued;
	}

	/**
	 * How many persons of the breach stand at each status, those selected and queued
	 * counted as {@code QUEUED}.
	 */
	public Map<String, Integer> counts(UUID breach) {
		Map<String, Integer> counts = new HashMap<>();
		String status = "CASE WHEN p.status = 'SELECTED' AND " + QUEUED + " THEN 'QUEUED' ELSE p.status END";
		this.jdbc
			.sql("SELECT " + status + " AS status, COUNT(*) AS n FROM incidents_breach_person p "
					+ "WHERE p.breach_id = :breach GROUP BY " + status)
			.param("breach", breach)
			.query(row -> {
				counts.put(row.getString("status"), row.getInt("n"));
			});
		return counts;
	}

	/** The languages of the persons who are still to be written to. */
	public List<String> languages(UUID breach) {
		return this.jdbc
			.sql("SELECT DISTINCT language FROM incidents_breach_person WHERE breach_id = :breach "
					+ "AND status IN ('SELECTED', 'FAILED') ORDER BY language")
			.param("breach", breach)
			.query(String.class)
			.list();
	}

	public Map<String, BreachNotice> notices(UUID breach) {
		Map<String, BreachNotice> notices = new HashMap<>();
		this.jdbc.sql("SELECT language, subject, body FROM incidents_breach_notice WHERE breach_id = :breach")
			.param("breach", breach)
			.query(row -> {
				notices.put(row.getString("language"),
						new BreachNotice(row.getString("language"), row.getString("subject"), row.getString("body")));
			});
		return notices;
	}

	/** Writes the notice in its language, replacing the one written before. */
	public void write(UUID breach, BreachNotice notice, String by, Instant at) {
		Map<String, Object> values = Map.of("breach", breach, "language", notice.language(), "subject",
				notice.subject(), "body", notice.body(), "by", by, "at", at(at));
		int changed = this.jdbc.sql("""
				UPDATE incidents_breach_notice SET subject = :subject, body = :body, written_by = :by, written_at = :at
				WHERE breach_id = :breach AND language = :language""").params(values).update();
		if (changed == 0) {
			this.jdbc.sql("""
					INSERT INTO incidents_breach_notice (breach_id, language, subject, body, written_by, written_at)
					VALUES (:breach, :language, :subject, :body, :by, :at)""").params(values).update();
		}
	}

	/** The sendings started and not done, each with where the sender has reached. */
	public List<Sending> sendings() {
		return this.jdbc.sql("SELECT breach_id, queued_at, through FROM incidents_breach_sending WHERE done = FALSE")
			.query((row, number) -> new Sending(row.getObject("breach_id", UUID.class),
					row.getObject("queued_at", OffsetDateTime.class), row.getObject("through", UUID.class)))
			.list();
	}

	/**
	 * Up to {@code limit} persons the sending queued, after the last one reached, in the
	 * order of their ids: a walk along the key.
	 */
	public List<Queued> queued(Sending sending, int limit) {
		return this.jdbc
			.sql("SELECT person_id, language FROM incidents_breach_person WHERE breach_id = :breach "
					+ (sending.through() == null ? "" : "AND person_id > :through ")
					+ "AND status = 'SELECTED' AND selected_at <= :queued ORDER BY person_id LIMIT :limit")
			.param("breach", sending.breach())
			.param("through", sending.through())
			.param("queued", sending.queuedAt())
			.param("limit", limit)
			.query((row, number) -> new Queued(sending.breach(), PersonId.of(row.getObject("person_id", UUID.class)),
					row.getString("language")))
			.list();
	}

	/**
	 * Where the sender has reached, or that it is done; unless the sending was started
	 * again meanwhile.
	 */
	public void reached(Sending sending, @Nullable PersonId through) {
		this.jdbc
			.sql(through == null
					? "UPDATE incidents_breach_sending SET done = TRUE WHERE breach_id = :breach "
							+ "AND queued_at = :queued"
					: "UPDATE incidents_breach_sending SET through = :through WHERE breach_id = :breach "
							+ "AND queued_at = :queued")
			.param("breach", sending.breach())
			.param("queued", sending.queuedAt())
			.param("through", through == null ? null : through.value())
			.update();
	}

	/**
	 * Moves a queued person on to {@code status}, once: true only for the first caller,
	 * so that nobody is mailed twice.
	 */
	public boolean settle(Queued person, String status, Instant at) {
		return this.jdbc.sql("""
				UPDATE incidents_breach_person SET status = :status,
					told_at = CASE WHEN :status = 'TOLD' THEN :at ELSE told_at END
				WHERE breach_id = :breach AND person_id = :person AND status = 'SELECTED'""")
			.param("status", status)
			.param("at", at(at))
			.param("breach", person.breach())
			.param("person", person.person().value())
			.update() == 1;
	}

	/** Every breach the person was selected for, as rows for their export. */
	public List<Map<String, Object>> rowsAbout(PersonId person) {
		return this.jdbc
			.sql("SELECT b.reference, p.language, p.status, p.selected_at, p.told_at "
					+ "FROM incidents_breach_person p JOIN incidents_breach b ON b.id = p.breach_id "
					+ "WHERE p.person_id = :person ORDER BY p.selected_at")
			.param("person", person.value())
			.query()
			.listOfRows();
	}

	/**
	 * Takes the person out: whoever was not told yet is no longer to be; a telling done
	 * stays counted for the breach, no longer pointing at anyone.
	 */
	public void forget(PersonId person) {
		this.jdbc.sql("DELETE FROM incidents_breach_person WHERE person_id = :person AND status <> 'TOLD'")
			.param("person", person.value())
			.update();
		this.jdbc.sql("SELECT breach_id FROM incidents_breach_person WHERE person_id = :person")
			.param("person", person.value())
			.query(UUID.class)
			.list()
			.forEach(breach -> this.jdbc
				.sql("UPDATE incidents_breach_person SET person_id = :nobody "
						+ "WHERE breach_id = :breach AND person_id = :person")
				.param("nobody", UUID.randomUUID())
				.param("breach", breach)
				.param("person", person.value())
				.update());
	}

	/** Moves the tellings of {@code from} to {@code into}, keeping one per breach. */
	public void reassign(PersonId from, PersonId into) {
		this.jdbc.sql("""
				UPDATE incidents_breach_person SET person_id = :into WHERE person_id = :from
				AND NOT EXISTS (SELECT 1 FROM incidents_breach_person o
					WHERE o.breach_id = incidents_breach_person.breach_id AND o.person_id = :into)""")
			.param("from", from.value())
			.param("into", into.value())
			.update();
		this.jdbc.sql("DELETE FROM incidents_breach_person WHERE person_id = :from")
			.param("from", from.value())
			.update();
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	/** A person queued to be told of a breach, in their language. */
	public record Queued(UUID breach, PersonId person, String language) {
	}

	/** A sending started: when, and the last person the sender reached. */
	public record Sending(UUID breach, OffsetDateTime queuedAt, @Nullable UUID through) {
	}

}
