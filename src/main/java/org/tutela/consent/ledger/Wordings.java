package org.tutela.consent.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.consent.Wording;
import org.tutela.platform.crypto.Sha256;

/**
 * Published consent texts; a text is never changed, a new version is published instead.
 */
@Repository
public class Wordings {

	private static final String COLUMNS = "SELECT id, purpose, language, version, text, text_hash FROM consent_wording ";

	private final JdbcClient jdbc;

	Wordings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Publishes the text as the next version for its purpose and language, unless it is
	 * the current one already.
	 */
	public Wording publish(String purpose, String language, String text, Instant now) {
		Optional<Wording> current = current(purpose, language);
		String hash = Sha256.hex(text);
		if (current.isPresent() && current.get().hash().equals(hash)) {
			return current.get();
		}
		Wording wording = new Wording(UUID.randomUUID(), purpose, language, current.map(Wording::version).orElse(0) + 1,
				text, hash);
		this.jdbc.sql("""
				INSERT INTO consent_wording (id, purpose, language, version, text, text_hash, created_at)
				VALUES (:id, :purpose, :language, :version, :text, :hash, :at)""")
			.param("id", wording.id())
			.param("purpose", purpose)
			.param("language", language)
			.param("version", wording.version())
			.param("text", text)
			.param("hash", hash)
			.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		return wording;
	}

	/**
	 * Publishes in a transaction of its own, so that two requests showing a new text at
	 * the same moment do not break each other's work: the second finds the version the
	 * first stored.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Wording publishAlone(String purpose, String language, String text, Instant now) {
		return publish(purpose, language, text, now);
	}

	public Optional<Wording> current(String purpose, String language) {
		return this.jdbc
			.sql(COLUMNS + "WHERE purpose = :purpose AND language = :language ORDER BY version DESC LIMIT 1")
			.param("purpose", purpose)
			.param("language", language)
			.query(Wordings::wording)
			.optional();
	}

	/** Every version of the purpose's texts, in every language, the newest first. */
	public List<Wording> all(String purpose) {
		return this.jdbc.sql(COLUMNS + "WHERE purpose = :purpose ORDER BY version DESC, language")
			.param("purpose", purpose)
			.query(Wordings::wording)
			.list();
	}

	public Optional<Wording> find(UUID id) {
		return this.jdbc.sql(COLUMNS + "WHERE id = :id").param("id", id).query(Wordings::wording).optional();
	}

	private static Wording wording(ResultSet row, int n) throws SQLException {
		return new Wording(row.getObject("id", UUID.class), row.getString("purpose"), row.getString("language"),
				row.getInt("version"), row.getString("text"), row.getString("text_hash"));
	}

}
