package org.tutela.outreach.list;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.platform.crypto.KeyedHash;

/**
 * Addresses that an import must never put on a list again, kept only as a keyed hash:
 * unsubscribed from one list or withdrawn from its activity, or from every list once the
 * person was erased or the address bounced.
 */
@Repository
public class Suppressions {

	public enum Reason {

		UNSUBSCRIBED, ERASED, BOUNCED,

		/** The person withdrew their consent to the list's activity or objected to it. */
		WITHDRAWN

	}

	private final JdbcClient jdbc;

	private final KeyedHash keyedHash;

	Suppressions(JdbcClient jdbc, KeyedHash keyedHash) {
		this.jdbc = jdbc;
		this.keyedHash = keyedHash;
	}

	/**
	 * Suppresses the address for one list, or for every list when {@code list} is null.
	 */
	public void add(String email, @Nullable UUID list, Reason reason, Instant now) {
		this.jdbc.sql("""
				INSERT INTO outreach_suppression (address_hash, list_id, reason, suppressed_at)
				VALUES (:hash, :list, :reason, :at)""")
			.param("hash", hash(email))
			.param("list", list)
			.param("reason", reason.name())
			.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
	}

	public boolean suppressed(String email, UUID list) {
		return this.jdbc
			.sql("""
					SELECT COUNT(*) FROM outreach_suppression WHERE address_hash = :hash AND (list_id IS NULL OR list_id = :list)""")
			.param("hash", hash(email))
			.param("list", list)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * The person subscribed again themselves, confirming their address: their
	 * unsubscription no longer holds.
	 */
	public void lift(String email, UUID list) {
		this.jdbc.sql("DELETE FROM outreach_suppression WHERE address_hash = :hash AND list_id = :list")
			.param("hash", hash(email))
			.param("list", list)
			.update();
	}

	private String hash(String email) {
		return this.keyedHash.address("outreach.suppression", email);
	}

}
