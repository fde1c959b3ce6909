package org.tutela.audit.trail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The audit table: inserts by everyone, sealing by the sealer, reading in chain order.
 */
@Repository
public class Entries {

	private static final String COLUMNS = "id, occurred_at, actor, actor_roles, action, subject, purpose, fields, "
			+ "request_id, detail, chain_seq, prev_hash, hash";

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	public Entries(JdbcClient jdbc, JdbcTemplate batches) {
		this.jdbc = jdbc;
		this.batches = batches;
	}

	/** Inserts within the caller's transaction, if any: no lock on anything shared. */
	public void insert(Entry entry) {
		this.jdbc
			.sql("INSERT INTO audit_entry (occurred_at, actor, actor_roles, action, subject, purpose, fields, "
					+ "request_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(entry.occurredAt().atOffset(ZoneOffset.UTC), entry.actor(), entry.actorRoles(), entry.action(),
					entry.subject(), entry.purpose(), entry.fields(), entry.requestId(), entry.detail())
			.update();
	}

	/**
	 * Locks the chain head for this transaction and returns its sequence number and hash.
	 */
	Head lockHead() {
		return this.jdbc.sql("SELECT chain_seq, hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
			.query((row, number) -> new Head(row.getLong("chain_seq"), row.getString("hash")))
			.single();
	}

	void moveHead(Head head) {
		this.jdbc.sql("UPDATE audit_chain_head SET chain_seq = ?, hash = ? WHERE id = 1")
			.params(head.seq(), head.hash())
			.update();
	}

	/**
	 * Up to {@code limit} unsealed entries, oldest first within the batch. The query has
	 * no ORDER BY on purpose: sorting every unsealed entry to take the first few made
	 * catching up on a backlog quadratic, while the index on chain_seq finds unsealed
	 * rows directly.
	 */
	List<Entry> unsealed(int limit) {
		List<Entry> batch = new ArrayList<>(
				this.jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE chain_seq IS NULL LIMIT ?")
					.param(limit)
					.query(Entries::entry)
					.list());
		batch.sort(Comparator.comparingLong(Entry::id));
		return batch;
	}

	/**
	 * Seals entries in one round trip; each row is
	 * {@code chain_seq, prev_hash, hash, id}.
	 */
	void seal(List<Object[]> rows) {
		this.batches.batchUpdate(
				"UPDATE audit_entry SET chain_seq = ?, prev_hash = ?, hash = ? WHERE id = ? AND chain_seq IS NULL",
				rows);
	}

	/**
	 * Sealed entries after a place in the chain, in chain order: for verification in
	 * pages.
	 */
	List<Entry> sealedAfter(long seq, int limit) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE chain_seq > ? ORDER BY chain_seq LIMIT ?")
			.params(seq, limit)
			.query(Entries::entry)
			.list();
	}

	/**
	 * The newest entries that match, newest first, sealed or not: the primary key's order
	 * is the order of insertion, and the next page starts below the last id shown.
	 */
	public List<Entry> newest(Criteria criteria, int limit) {
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		List<Object> params = new ArrayList<>();
		criteria.add(where, params);
		params.add(limit);
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry" + where + " ORDER BY id DESC LIMIT ?")
			.params(params)
			.query(Entries::entry)
			.list();
	}

	long countUnsealed() {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE chain_seq IS NULL").query(Long.class).single();
	}

	private static Entry entry(ResultSet row, int number) throws SQLException {
		return new Entry(row.getLong("id"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				row.getString("actor"), row.getString("actor_roles"), row.getString("action"), row.getString("subject"),
				row.getString("purpose"), row.getString("fields"), row.getString("request_id"), row.getString("detail"),
				row.getObject("chain_seq", Long.class), row.getString("prev_hash"), row.getString("hash"));
	}

	/**
	 * Conditions on the trail, each optional: the actor, the subject's pseudonym, the
	 * action, a time range (from inclusive, until exclusive) and an id to stay below.
	 */
	public record Criteria(@Nullable String actor, @Nullable String subject, @Nullable String action,
			@Nullable Instant from, @Nullable Instant until, @Nullable Long before) {

		void add(StringBuilder where, List<Object> params) {
			condition(where, params, " AND actor = ?", this.actor);
			condition(where, params, " AND subject = ?", this.subject);
			condition(where, params, " AND action = ?", this.action);
			condition(where, params, " AND occurred_at >= ?",
					this.from == null ? null : this.from.atOffset(ZoneOffset.UTC));
			condition(where, params, " AND occurred_at < ?",
					this.until == null ? null : this.until.atOffset(ZoneOffset.UTC));
			condition(where, params, " AND id < ?", this.before);
		}

		private static void condition(StringBuilder where, List<Object> params, String sql, @Nullable Object value) {
			if (value != null) {
				where.append(sql);
				params.add(value);
			}
		}

	}

	/** The end of the sealed chain. */
	record Head(long seq, String hash) {
	}

}
