package org.tutela.incidents.breach;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;
import org.tutela.incidents.Breach;
import org.tutela.incidents.BreachClient;
import org.tutela.incidents.BreachClock;
import org.tutela.incidents.BreachRisk;
import org.tutela.incidents.BreachSubmission;
import org.tutela.incidents.BreachSubmission.Phase;

/**
 * The breach register, the submissions to the authority and the reminders sent; each
 * breach read with its clocks as the active pack counts them.
 */
@Repository
public class BreachStore {

	private static final String COLUMNS = """
			id, reference, title, what_happened, began_at, discovered_at, data_categories, person_categories,
			persons_approx, records_approx, consequences, measures_taken, measures_planned, risk, risk_reasoning,
			clients_contacted_at""";

	private final JdbcClient jdbc;

	private final BreachClocks clocks;

	BreachStore(JdbcClient jdbc, BreachClocks clocks) {
		this.jdbc = jdbc;
		this.clocks = clocks;
	}

	public void insert(UUID id, String reference, CheckedBreach breach, String by, Instant at) {
		fields(this.jdbc.sql("INSERT INTO incidents_breach (" + COLUMNS
				+ """
						, recorded_by, recorded_at) VALUES (:id, :reference, :title, :what, :began, :discovered, :data,
						:persons, :personCount, :recordCount, :consequences, :taken, :planned, :risk, :reasoning, NULL, :by, :at)
						"""),
				breach)
			.param("id", id)
			.param("reference", reference)
			.param("by", by)
			.param("at", at(at))
			.update();
	}

	public void change(UUID id, CheckedBreach breach, String by, Instant at) {
		fields(this.jdbc.sql("""
				UPDATE incidents_breach SET title = :title, what_happened = :what, began_at = :began,
				discovered_at = :discovered, data_categories = :data, person_categories = :persons,
				persons_approx = :personCount, records_approx = :recordCount, consequences = :consequences,
				measures_taken = :taken, measures_planned = :planned, risk = :risk, risk_reasoning = :reasoning,
				changed_by = :by, changed_at = :at WHERE id = :id"""), breach).param("id", id)
			.param("by", by)
			.param("at", at(at))
			.update();
	}

	public Optional<Breach> find(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM incidents_breach WHERE id = :id")
			.param("id", id)
			.query(this::breach)
			.optional();
	}

	/** Every breach, the last discovered first. */
	public List<Breach> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM incidents_breach ORDER BY discovered_at DESC, reference")
			.query(this::breach)
			.list();
	}

	/**
	 * The breaches with a clock still running, late ones included: a register holds tens
	 * of breaches, not thousands, so they are read whole.
	 */
	public List<Breach> withOpenClocks() {
		return all().stream().filter(breach -> breach.clocks().stream().anyMatch(BreachClock::open)).toList();
	}

	public void submit(UUID breach, Phase phase, Instant submittedAt, @Nullable String reference, String by,
			Instant at) {
		this.jdbc.sql("""
				INSERT INTO incidents_breach_submission (id, breach_id, phase, submitted_at, authority_reference,
					recorded_by, recorded_at) VALUES (:id, :breach, :phase, :submitted, :reference, :by, :at)""")
			.param("id", UUID.randomUUID())
			.param("breach", breach)
			.param("phase", phase.name())
			.param("submitted", at(submittedAt))
			.param("reference", reference)
			.param("by", by)
			.param("at", at(at))
			.update();
	}

	/** Records when the clients were contacted, once; whether this was the first time. */
	public boolean clientsContacted(UUID breach, Instant contactedAt) {
		return this.jdbc.sql("""
				UPDATE incidents_breach SET clients_contacted_at = :at
				WHERE id = :id AND clients_contacted_at IS NULL""")
			.param("id", breach)
			.param("at", at(contactedAt))
			.update() > 0;
	}

	/** Lists a client organisation as concerned; false when it is listed already. */
	public boolean listClient(UUID breach, UUID organisation, String name, String by, Instant at) {
		return this.jdbc
			.sql("""
					INSERT INTO incidents_breach_client (breach_id, organisation_id, organisation_name, listed_by, listed_at)
					SELECT :breach, :organisation, :name, :by, :at WHERE NOT EXISTS (SELECT 1 FROM incidents_breach_client
						WHERE breach_id = :breach AND organisation_id = :organisation)""")
			.param("breach", breach)
			.param("organisation", organisation)
			.param("name", name)
			.param("by", by)
			.param("at", at(at))
			.update() > 0;
	}

	/** Records that a listed client was told, once; whether this was the first time. */
	public boolean clientTold(UUID breach, UUID organisation, Instant toldAt, String by) {
		return this.jdbc.sql("""
				UPDATE incidents_breach_client SET told_at = :at, told_by = :by
				WHERE breach_id = :breach AND organisation_id = :organisation AND told_at IS NULL""")
			.param("breach", breach)
			.param("organisation", organisation)
			.param("at", at(toldAt))
			.param("by", by)
			.update() > 0;
	}

	/** The client organisations a breach concerns, by name. */
	public List<BreachClient> clients(UUID breach) {
		return this.jdbc.sql("""
				SELECT organisation_id, organisation_name, told_at FROM incidents_breach_client
				WHERE breach_id = :breach ORDER BY organisation_name""")
			.param("breach", breach)
			.query((row, number) -> new BreachClient(row.getObject("organisation_id", UUID.class),
					row.getString("organisation_name"), instant(row, "told_at")))
			.list();
	}

	/**
	 * Claims a reminder before it is sent: true only for the first caller, so that no
	 * reminder goes out twice.
	 */
	public boolean claimReminder(UUID breach, BreachClock.Kind clock, int hoursBefore, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO incidents_breach_reminder (breach_id, clock, hours_before, sent_at)
				SELECT :breach, :clock, :hours, :at
				WHERE NOT EXISTS (SELECT 1 FROM incidents_breach_reminder
					WHERE breach_id = :breach AND clock = :clock AND hours_before = :hours)""")
			.param("breach", breach)
			.param("clock", clock.name())
			.param("hours", hoursBefore)
			.param("at", at(at))
			.update() > 0;
	}

	private List<BreachSubmission> submissions(UUID breach) {
		return this.jdbc.sql("""
				SELECT phase, submitted_at, authority_reference FROM incidents_breach_submission
				WHERE breach_id = :breach ORDER BY submitted_at, recorded_at""")
			.param("breach", breach)
			.query((row, number) -> new BreachSubmission(Phase.valueOf(row.getString("phase")),
					instant(row, "submitted_at"), row.getString("authority_reference")))
			.list();
	}

	private Breach breach(ResultSet row, int number) throws SQLException {
		UUID id = row.getObject("id", UUID.class);
		Instant discovered = instant(row, "discovered_at");
		BreachRisk risk = BreachRisk.valueOf(row.getString("risk"));
		Instant contacted = instant(row, "clients_contacted_at");
		List<BreachSubmission> submissions = submissions(id);
		Instant notified = submissions.isEmpty() ? null : submissions.get(0).submittedAt();
		return new Breach(id, row.getString("reference"), row.getString("title"), row.getString("what_happened"),
				instant(row, "began_at"), discovered, row.getString("data_categories"),
				row.getString("person_categories"), row.getObject("persons_approx", Integer.class),
				row.getObject("records_approx", Integer.class), row.getString("consequences"),
				row.getString("measures_taken"), row.getString("measures_planned"), risk,
				row.getString("risk_reasoning"), contacted, submissions,
				this.clocks.of(discovered, risk, notified, contacted));
	}

	private static StatementSpec fields(StatementSpec statement, CheckedBreach breach) {
		return statement.param("title", breach.title())
			.param("what", breach.whatHappened())
			.param("began", at(breach.beganAt()))
			.param("discovered", at(breach.discoveredAt()))
			.param("data", breach.dataCategories())
			.param("persons", breach.personCategories())
			.param("personCount", breach.persons())
			.param("recordCount", breach.records())
			.param("consequences", breach.consequences())
			.param("taken", breach.measuresTaken())
			.param("planned", breach.measuresPlanned())
			.param("risk", breach.risk().name())
			.param("reasoning", breach.reasoning());
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
