package org.tutela.people.person;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.crypto.KeyedHash;

/**
 * What stays of a person erased at their request, so that no import or form adds them
 * again: a keyed hash of every e-mail address they had, or their name with a note of the
 * request where the policy keeps that (VCK-12).
 */
@Component
public class ErasureMarks implements ErasedPersons {

	private static final String DOMAIN = "people.erased-email";

	private final JdbcClient jdbc;

	private final KeyedHash hash;

	ErasureMarks(JdbcClient jdbc, KeyedHash hash) {
		this.jdbc = jdbc;
		this.hash = hash;
	}

	/**
	 * Marks the person before their data goes; {@code note} and the name are kept only
	 * with {@code keepName}.
	 */
	public void mark(PersonId person, boolean keepName, @Nullable String note, LocalDate on) {
		if (keepName) {
			this.jdbc.sql("""
					INSERT INTO people_erasure_mark (id, first_name, last_name, search_name, note, erased_on)
					SELECT :id, first_name, last_name, search_name, :note, :on FROM people_person WHERE id = :person""")
				.param("id", UUID.randomUUID())
				.param("note", note)
				.param("on", on)
				.param("person", person.value())
				.update();
			return;
		}
		List<String> keys = this.jdbc
			.sql("SELECT lookup_key FROM people_contact_point WHERE person_id = :person AND kind = 'EMAIL'")
			.param("person", person.value())
			.query(String.class)
			.list();
		for (String key : keys) {
			this.jdbc.sql("INSERT INTO people_erasure_mark (id, email_hash, erased_on) VALUES (:id, :hash, :on)")
				.param("id", UUID.randomUUID())
				.param("hash", emailHash(key))
				.param("on", on)
				.update();
		}
	}

	@Override
	public boolean emailMarked(String lookupKey) {
		return this.jdbc.sql("SELECT COUNT(*) FROM people_erasure_mark WHERE email_hash = :hash")
			.param("hash", emailHash(lookupKey))
			.query(Integer.class)
			.single() > 0;
	}

	@Override
	public boolean nameMarked(String searchName) {
		return this.jdbc.sql("SELECT COUNT(*) FROM people_erasure_mark WHERE search_name = :name")
			.param("name", searchName)
			.query(Integer.class)
			.single() > 0;
	}

	private String emailHash(String lookupKey) {
		return this.hash.address(DOMAIN, lookupKey);
	}

}
