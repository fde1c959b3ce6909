package org.tutela.network.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.personaldata.PersonId;

/** The network's contact records, interests and meetings, as rows. */
@Component
public class ContactStore {

	/** The tables holding a person's network records, keyed by {@code person_id}. */
	private static final String[] TABLES = { "network_match", "network_meeting", "network_interest",
			"network_contact" };

	private final JdbcClient jdbc;

	ContactStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Map<String, Object>> contact(PersonId person) {
		return this.jdbc.sql("SELECT * FROM network_contact WHERE person_id = :person")
			.param("person", person.value())
			.query()
			.listOfRows()
			.stream()
			.findFirst();
	}

	/**
	 * When the person consented to the private address being kept with this wording, if
	 * the record holds it.
	 */
	public Optional<Instant> consentedAt(PersonId person, String wording) {
		return this.jdbc.sql("""
				SELECT private_consent_at FROM network_contact
				WHERE person_id = :person AND private_consent_wording = :wording AND private_consent_at IS NOT NULL""")
			.param("person", person.value())
			.param("wording", wording)
			.query(OffsetDateTime.class)
			.optional()
			.map(OffsetDateTime::toInstant);
	}

	/**
	 * Writes the person's contact record over the one held. The record's restriction
	 * (GDPR Art. 18) is not part of what is written: a change never lifts it.
	 */
	public void put(PersonId person, StoredContact contact, Instant now) {
		if (written(person, contact, now,
				"""
						UPDATE network_contact SET began = :began, began_on = :beganOn, website = :website,
						private_street = :street, private_postcode = :postcode, private_city = :city, private_country = :country,
						private_consent_wording = :wording, private_consent_proof = :proof, private_consent_at = :consentedAt,
						recorded_at = :now WHERE person_id = :person""")) {
			return;
		}
		// A record written meanwhile by another request is written over, as above.
		if (!written(person, contact, now, """
				INSERT INTO network_contact (person_id, began, began_on, website, private_street, private_postcode,
				private_city, private_country, private_consent_wording, private_consent_proof, private_consent_at,
				recorded_at) VALUES (:person, :began, :beganOn, :website, :street, :postcode, :city, :country, :wording,
				:proof, :consentedAt, :now) ON CONFLICT DO NOTHING""")) {
			put(person, contact, now);
		}
	}

	private boolean written(PersonId person, StoredContact contact, Instant now, String sql) {
		return this.jdbc.sql(sql)
			.param("person", person.value())
			.param("began", contact.began())
			.param("beganOn", contact.beganOn())
			.param("website", contact.website())
			.param("street", contact.street())
			.param("postcode", contact.postcode())
			.param("city", contact.city())
			.param("country", contact.country())
			.param("wording", contact.wording())
			.param("proof", contact.proof())
			.param("consentedAt", contact.consentedAt() == null ? null : utc(contact.consentedAt()))
			.param("now", utc(now))
			.update() > 0;
	}

	/** Whether the person's network record is restricted (GDPR Art. 18). */
	public boolean restricted(PersonId person) {
		return this.jdbc.sql("SELECT COUNT(*) FROM network_contact WHERE person_id = :person AND restricted")
			.param("person", person.value())
			.query(Integer.class)
			.single() > 0;
	}

	/** A contact record as it is written. */
	public record StoredContact(String began, @Nullable LocalDate beganOn, @Nullable String website,
			@Nullable String street, @Nullable String postcode, @Nullable String city, @Nullable String country,
			@Nullable String wording, @Nullable String proof, @Nullable Instant consentedAt) {
	}

	public List<Map<String, Object>> interests(PersonId person) {
		return this.jdbc.sql("SELECT * FROM network_interest WHERE person_id = :person ORDER BY subject_key")
			.param("person", person.value())
			.query()
			.listOfRows();
	}

	/**
	 * Adds an interest unless the person has the same one; whether it was added. Two
	 * requests adding the same one at once add it once: the second finds the first's row.
	 */
	public boolean addInterest(PersonId person, String kind, String subject, Instant now) {
		return this.jdbc
			.sql("INSERT INTO network_interest (id, person_id, kind, subject, subject_key, recorded_at) "
					+ "VALUES (:id, :person, :kind, :subject, :key, :now) ON CONFLICT DO NOTHING")
			.param("id", UUID.randomUUID())
			.param("person", person.value())
			.param("kind", kind)
			.param("subject", subject)
			.param("key", key(subject))
			.param("now", utc(now))
			.update() > 0;
	}

	public int removeInterest(PersonId person, UUID interest) {
		return this.jdbc.sql("DELETE FROM network_interest WHERE id = :id AND person_id = :person")
			.param("id", interest)
			.param("person", person.value())
			.update();
	}

	/**
	 * The persons sharing expertise whose subject holds these words, in name order of
	 * subject.
	 */
	public List<PersonId> sharing(String words) {
		return this.jdbc
			.sql("SELECT DISTINCT person_id FROM network_interest WHERE kind = 'EXPERTISE' AND subject_key LIKE :words "
					+ "ESCAPE '\\' ORDER BY person_id")
			.param("words", "%" + key(words).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.query(UUID.class)
			.list()
			.stream()
			.map(PersonId::of)
			.toList();
	}

	public List<Map<String, Object>> meetings(PersonId person) {
		return this.jdbc.sql("SELECT * FROM network_meeting WHERE person_id = :person ORDER BY held_on DESC, id")
			.param("person", person.value())
			.query()
			.listOfRows();
	}

	public void addMeeting(PersonId person, LocalDate heldOn, String agreed, String recordedBy, Instant now) {
		this.jdbc
			.sql("INSERT INTO network_meeting (id, person_id, held_on, agreed, recorded_by, recorded_at) "
					+ "VALUES (:id, :person, :heldOn, :agreed, :by, :now)")
			.param("id", UUID.randomUUID())
			.param("person", person.value())
			.param("heldOn", heldOn)
			.param("agreed", agreed)
			.param("by", recordedBy)
			.param("now", utc(now))
			.update();
	}

	/**
	 * Records a match that named members, as the disclosure it was logged as: to whom the
	 * names went (VCK-8).
	 */
	public void addMatch(UUID disclosure, PersonId asking, @Nullable UUID organisation, String subject, int named,
			Instant now) {
		this.jdbc
			.sql("INSERT INTO network_match (disclosure_id, person_id, organisation_id, subject, named, matched_at) "
					+ "VALUES (:disclosure, :person, :organisation, :subject, :named, :now)")
			.param("disclosure", disclosure)
			.param("person", asking.value())
			.param("organisation", organisation)
			.param("subject", subject)
			.param("named", named)
			.param("now", utc(now))
			.update();
	}

	/** The matches the person asked for, the newest first. */
	public List<Map<String, Object>> matches(PersonId person) {
		return this.jdbc
			.sql("SELECT * FROM network_match WHERE person_id = :person ORDER BY matched_at DESC, disclosure_id")
			.param("person", person.value())
			.query()
			.listOfRows();
	}

	public void delete(PersonId person) {
		for (String table : TABLES) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE person_id = :person")
				.param("person", person.value())
				.update();
		}
	}

	public void restrict(PersonId person, boolean restricted) {
		this.jdbc.sql("UPDATE network_contact SET restricted = :restricted WHERE person_id = :person")
			.param("restricted", restricted)
			.param("person", person.value())
			.update();
	}

	/**
	 * Moves the records of {@code from} onto {@code into}; a contact record {@code into}
	 * holds already stays, and interests it has already go. A restriction of either
	 * record stays on the one kept.
	 */
	public void reassign(PersonId from, PersonId into) {
		this.jdbc
			.sql("UPDATE network_contact SET restricted = TRUE WHERE person_id = :into "
					+ "AND EXISTS (SELECT 1 FROM network_contact k WHERE k.person_id = :from AND k.restricted)")
			.param("from", from.value())
			.param("into", into.value())
			.update();
		this.jdbc
			.sql("DELETE FROM network_contact WHERE person_id = :from "
					+ "AND EXISTS (SELECT 1 FROM network_contact k WHERE k.person_id = :into)")
			.param("from", from.value())
			.param("into", into.value())
			.update();
		this.jdbc
			.sql("DELETE FROM network_interest WHERE person_id = :from AND EXISTS (SELECT 1 FROM network_interest k "
					+ "WHERE k.person_id = :into AND k.kind = network_interest.kind "
					+ "AND k.subject_key = network_interest.subject_key)")
			.param("from", from.value())
			.param("into", into.value())
			.update();
		for (String table : TABLES) {
			this.jdbc.sql("UPDATE " + table + " SET person_id = :into WHERE person_id = :from")
				.param("from", from.value())
				.param("into", into.value())
				.update();
		}
	}

	private static String key(String subject) {
		return subject.strip().toLowerCase(Locale.ROOT);
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
