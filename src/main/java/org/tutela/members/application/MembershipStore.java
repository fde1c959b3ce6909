package org.tutela.members.application;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.members.Application;
import org.tutela.members.Decision;
import org.tutela.personaldata.PersonId;

/** The membership applications and member records, as rows. */
@Component
public class MembershipStore {

	/**
	 * The person's applications: those linked to them, and those sent from one of their
	 * addresses when the form registered no one (the sender was marked erased).
	 */
	private static final String ABOUT = "(person_id = :person OR (person_id IS NULL AND LOWER(email) IN (:emails)))";

	private final JdbcClient jdbc;

	/** A savepoint within the caller's transaction, which a refused insert rolls back. */
	private final TransactionTemplate savepoint;

	MembershipStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Stores the application unless one with the same fingerprint is there already, also
	 * when the same form arrives twice at once; whether it was stored.
	 */
	public boolean insert(StoredApplication application) {
		try {
			return Boolean.TRUE.equals(this.savepoint.execute(status -> add(application)));
		}
		catch (DuplicateKeyException meanwhile) {
			return false;
		}
	}

	private boolean add(StoredApplication application) {
		if (this.jdbc.sql("SELECT COUNT(*) FROM members_application WHERE fingerprint = :fingerprint")
			.param("fingerprint", application.fingerprint())
			.query(Integer.class)
			.single() > 0) {
			return false;
		}
		this.jdbc.sql("""
				INSERT INTO members_application (id, organisation_name, enterprise_number, street, postcode, city,
					country, person_id, first_name, last_name, email, job_function, language, fingerprint, received_at,
					received_on)
				VALUES (:id, :organisation, :enterprise, :street, :postcode, :city, :country, :person, :first, :last,
					:email, :function, :language, :fingerprint, :at, :on)""")
			.param("id", application.id())
			.param("organisation", application.organisation())
			.param("enterprise", application.enterpriseNumber())
			.param("street", application.street())
			.param("postcode", application.postcode())
			.param("city", application.city())
			.param("country", application.country())
			.param("person", application.person() == null ? null : application.person().value())
			.param("first", application.firstName())
			.param("last", application.lastName())
			.param("email", application.email())
			.param("function", application.function())
			.param("language", application.language())
			.param("fingerprint", application.fingerprint())
			.param("at", OffsetDateTime.ofInstant(application.receivedAt(), ZoneOffset.UTC))
			.param("on", application.receivedOn())
			.update();
		return true;
	}

	/** The applications awaiting a decision, oldest first. */
	public List<Application> open() {
		return this.jdbc.sql("SELECT * FROM members_application WHERE decision IS NULL ORDER BY received_at, id")
			.query(MembershipStore::application)
			.list();
	}

	/**
	 * The accepted applications: the members, whose membership runs or ended, by name.
	 */
	public List<Application> members() {
		return this.jdbc
			.sql("SELECT * FROM members_application WHERE decision = 'ACCEPTED' ORDER BY organisation_name, id")
			.query(MembershipStore::application)
			.list();
	}

	/** The member records of an organisation, newest first. */
	public List<Application> ofOrganisation(UUID organisation) {
		return this.jdbc
			.sql("SELECT * FROM members_application WHERE organisation_id = :organisation ORDER BY member_from DESC")
			.param("organisation", organisation)
			.query(MembershipStore::application)
			.list();
	}

	public Optional<Application> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM members_application WHERE id = :id")
			.param("id", id)
			.query(MembershipStore::application)
			.optional();
	}

	private static Application application(ResultSet row, int number) throws SQLException {
		String decision = row.getString("decision");
		UUID person = row.getObject("person_id", UUID.class);
		return new Application(row.getObject("id", UUID.class), row.getString("organisation_name"),
				row.getString("enterprise_number"), row.getString("street"), row.getString("postcode"),
				row.getString("city"), row.getString("country"),
				row.getString("first_name") + " " + row.getString("last_name"), row.getString("email"),
				row.getString("job_function"), row.getObject("received_at", OffsetDateTime.class).toInstant(),
				decision == null ? null : Decision.valueOf(decision), row.getObject("decided_on", LocalDate.class),
				row.getString("decided_by"), row.getString("reason"), row.getObject("organisation_id", UUID.class),
				row.getObject("member_from", LocalDate.class), row.getObject("member_until", LocalDate.class),
				row.getBoolean("restricted"), person == null ? null : PersonId.of(person), row.getString("language"));
	}

	/** Records the decision unless one was taken already; whether it was recorded. */
	public boolean decide(UUID id, Decision decision, LocalDate on, String by, @Nullable String reason,
			@Nullable UUID organisation, @Nullable PersonId person, @Nullable LocalDate from) {
		return this.jdbc.sql("""
				UPDATE members_application SET decision = :decision, decided_on = :on, decided_by = :by,
					reason = :reason, organisation_id = :organisation, person_id = COALESCE(:person, person_id),
					member_from = :from
				WHERE id = :id AND decision IS NULL""")
			.param("decision", decision.name())
			.param("on", on)
			.param("by", by)
			.param("reason", reason)
			.param("organisation", organisation)
			.param("person", person == null ? null : person.value())
			.param("from", from)
			.param("id", id)
			.update() > 0;
	}

	/** Ends the running membership on this day; whether one ran. */
	public boolean end(UUID id, LocalDate until) {
		return this.jdbc.sql("""
				UPDATE members_application SET member_until = :until
				WHERE id = :id AND decision = 'ACCEPTED' AND member_until IS NULL AND member_from <= :until""")
			.param("until", until)
			.param("id", id)
			.update() > 0;
	}

	/**
	 * The organisations with a member record whose last day is before {@code today} and
	 * whose end was not announced, and no member record that still runs.
	 */
	public List<UUID> endsPassed(LocalDate today) {
		return this.jdbc.sql("""
				SELECT DISTINCT a.organisation_id FROM members_application a
				WHERE a.decision = 'ACCEPTED' AND a.member_until < :today AND NOT a.end_announced
				AND a.organisation_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM members_application r
					WHERE r.organisation_id = a.organisation_id AND r.decision = 'ACCEPTED'
					AND (r.member_until IS NULL OR r.member_until >= :today))
				ORDER BY a.organisation_id""").param("today", today).query(UUID.class).list();
	}

	/** Whether a member record of the organisation runs on the day. */
	public boolean runs(UUID organisation, LocalDate day) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM members_application WHERE organisation_id = :organisation
				AND decision = 'ACCEPTED' AND (member_until IS NULL OR member_until >= :day)""")
			.param("organisation", organisation)
			.param("day", day)
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Whether the person is the contact of a member record whose end was not announced:
	 * one that runs, or whose organisation is a member through another.
	 */
	public boolean runsFor(PersonId person) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM members_application WHERE person_id = :person AND organisation_id IS NOT NULL
				AND decision = 'ACCEPTED' AND NOT end_announced""")
			.param("person", person.value())
			.query(Integer.class)
			.single() > 0;
	}

	/**
	 * Claims the announcement of the end of the organisation's member records whose last
	 * day is before {@code today}, each only where no node claimed it first: those this
	 * call claimed.
	 */
	public List<EndedRecord> claimEnds(UUID organisation, LocalDate today) {
		List<EndedRecord> passed = this.jdbc.sql("""
				SELECT id, person_id, member_until FROM members_application WHERE organisation_id = :organisation
				AND decision = 'ACCEPTED' AND member_until < :today AND NOT end_announced ORDER BY id""")
			.param("organisation", organisation)
			.param("today", today)
			.query((row, number) -> {
				UUID person = row.getObject("person_id", UUID.class);
				return new EndedRecord(row.getObject("id", UUID.class), person == null ? null : PersonId.of(person),
						row.getObject("member_until", LocalDate.class));
			})
			.list();
		return passed.stream()
			.filter(ended -> this.jdbc
				.sql("UPDATE members_application SET end_announced = TRUE WHERE id = :id AND NOT end_announced")
				.param("id", ended.id())
				.update() > 0)
			.toList();
	}

	/** Every application of the person, for an access request. */
	public List<Map<String, Object>> rowsAbout(PersonId person, List<String> emails) {
		return this.jdbc.sql("SELECT * FROM members_application WHERE " + ABOUT + " ORDER BY received_at")
			.param("person", person.value())
			.param("emails", addresses(emails))
			.query()
			.listOfRows();
	}

	public int deletePerson(PersonId person, List<String> emails) {
		return this.jdbc.sql("DELETE FROM members_application WHERE " + ABOUT)
			.param("person", person.value())
			.param("emails", addresses(emails))
			.update();
	}

	public void restrict(PersonId person, boolean restricted) {
		this.jdbc.sql("UPDATE members_application SET restricted = :restricted WHERE person_id = :person")
			.param("restricted", restricted)
			.param("person", person.value())
			.update();
	}

	public void reassign(PersonId from, PersonId into) {
		this.jdbc.sql("UPDATE members_application SET person_id = :into WHERE person_id = :from")
			.param("into", into.value())
			.param("from", from.value())
			.update();
	}

	/** An IN list is never empty: an address no application holds stands for none. */
	private static List<String> addresses(List<String> emails) {
		return emails.isEmpty() ? List.of("") : emails;
	}

	/** A member record whose end is announced: its contact and its last day. */
	public record EndedRecord(UUID id, @Nullable PersonId person, LocalDate lastDay) {
	}

	/** An application as it is stored. */
	public record StoredApplication(UUID id, String organisation, @Nullable String enterpriseNumber,
			@Nullable String street, @Nullable String postcode, String city, String country, @Nullable PersonId person,
			String firstName, String lastName, String email, @Nullable String function, String language,
			String fingerprint, Instant receivedAt, LocalDate receivedOn) {
	}

}
