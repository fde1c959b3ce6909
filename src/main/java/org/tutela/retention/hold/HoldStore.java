package org.tutela.retention.hold;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.personaldata.PersonId;
import org.tutela.retention.HoldReason;
import org.tutela.retention.LegalHold;

/**
 * Legal holds placed by staff, in force until lifted; lifted ones stay as the record of
 * it.
 */
@Repository
public class HoldStore {

	private static final String COLUMNS = "id, person_id, reason, note, placed_at";

	private final JdbcClient jdbc;

	HoldStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public LegalHold place(PersonId person, HoldReason reason, @Nullable String note, String by, Instant at) {
		return place(person, reason, note, null, by, at);
	}

	/**
	 * Places a hold the application placed for something it names by {@code reference},
	 * whose end lifts it.
	 */
	public LegalHold place(PersonId person, HoldReason reason, @Nullable String note, @Nullable String reference,
			String by, Instant at) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO retention_hold (id, person_id, reason, note, reference, placed_by, placed_at)
				VALUES (:id, :person, :reason, :note, :reference, :by, :at)""")
			.param("id", id)
			.param("reference", reference)
			.param("person", person.value())
			.param("reason", reason.name())
			.param("note", note)
			.param("by", by)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
		return new LegalHold(id, person, reason, note, at);
	}

	/** Lifts a hold in force; empty when there is none of that id. */
	public Optional<LegalHold> lift(UUID id, String by, Instant at) {
		Optional<LegalHold> hold = inForce().stream().filter(found -> found.id().equals(id)).findFirst();
		hold.ifPresent(
				found -> this.jdbc.sql("UPDATE retention_hold SET lifted_by = :by, lifted_at = :at WHERE id = :id")
					.param("by", by)
					.param("at", at.atOffset(ZoneOffset.UTC))
					.param("id", id)
					.update());
		return hold;
	}

	/** Lifts the holds in force placed for the reference; the persons they held. */
	public List<PersonId> liftReferenced(String reference, String by, Instant at) {
		List<PersonId> held = this.jdbc
			.sql("SELECT person_id FROM retention_hold WHERE reference = :reference AND lifted_at IS NULL")
			.param("reference", reference)
			.query((row, number) -> PersonId.of(row.getObject(1, UUID.class)))
			.list();
		this.jdbc.sql("""
				UPDATE retention_hold SET lifted_by = :by, lifted_at = :at
				WHERE reference = :reference AND lifted_at IS NULL""")
			.param("by", by)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("reference", reference)
			.update();
		return held;
	}

	public List<LegalHold> inForce() {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM retention_hold WHERE lifted_at IS NULL ORDER BY placed_at, id")
			.query((row, number) -> new LegalHold(row.getObject("id", UUID.class),
					PersonId.of(row.getObject("person_id", UUID.class)), HoldReason.valueOf(row.getString("reason")),
					row.getString("note"), row.getObject("placed_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	public Set<PersonId> heldPersons() {
		return Set.copyOf(this.jdbc.sql("SELECT DISTINCT person_id FROM retention_hold WHERE lifted_at IS NULL")
			.query(UUID.class)
			.list()
			.stream()
			.map(PersonId::of)
			.toList());
	}

	public List<Map<String, Object>> rowsAbout(PersonId person) {
		return this.jdbc.sql("SELECT reason, note, placed_at, lifted_at FROM retention_hold WHERE person_id = :person")
			.param("person", person.value())
			.query()
			.listOfRows();
	}

	/**
	 * Forgets the person's lifted holds; those in force stay, as the legal claim they
	 * serve does (GDPR Art. 17(3)(e)).
	 */
	public void forget(PersonId person) {
		this.jdbc.sql("DELETE FROM retention_hold WHERE person_id = :person AND lifted_at IS NOT NULL")
			.param("person", person.value())
			.update();
	}

	public void reassign(PersonId from, PersonId into) {
		this.jdbc.sql("UPDATE retention_hold SET person_id = :into WHERE person_id = :from")
			.param("from", from.value())
			.param("into", into.value())
			.update();
	}

}
