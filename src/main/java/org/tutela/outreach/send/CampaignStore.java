package org.tutela.outreach.send;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.outreach.Campaign;
import org.tutela.outreach.Campaign.Progress;
import org.tutela.outreach.Campaign.Status;
import org.tutela.outreach.Variant;
import org.tutela.personaldata.PersonId;

/** Campaigns with their texts, and the outbox of their messages. */
@Repository
public class CampaignStore {

	/** A queued message taken by this node to send. */
	public record Claimed(long seq, UUID campaign, PersonId person) {
	}

	/**
	 * What sending and click tracking need of a campaign: its list and texts, without
	 * counting its messages.
	 */
	public record Content(UUID id, UUID list, List<Variant> variants) {
	}

	private final JdbcClient jdbc;

	CampaignStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, UUID list, List<Variant> variants, String createdBy, Instant now) {
		this.jdbc.sql("""
				INSERT INTO outreach_campaign (id, list_id, status, created_by, created_at)
				VALUES (:id, :list, 'DRAFT', :by, :at)""")
			.param("id", id)
			.param("list", list)
			.param("by", createdBy)
			.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update();
		for (Variant variant : variants) {
			this.jdbc.sql("""
					INSERT INTO outreach_campaign_variant (campaign_id, language, subject, body)
					VALUES (:id, :language, :subject, :body)""")
				.param("id", id)
				.param("language", variant.language())
				.param("subject", variant.subject())
				.param("body", variant.body())
				.update();
		}
	}

	public Optional<Campaign> find(UUID id) {
		return this.jdbc.sql("""
				SELECT c.id, l.code, c.status FROM outreach_campaign c JOIN outreach_list l ON l.id = c.list_id
				WHERE c.id = :id""")
			.param("id", id)
			.query((row, n) -> new Campaign(id, row.getString("code"), Status.valueOf(row.getString("status")),
					variants(id), progress(id)))
			.optional();
	}

	public Optional<Content> content(UUID id) {
		return this.jdbc.sql("SELECT list_id FROM outreach_campaign WHERE id = :id")
			.param("id", id)
			.query(UUID.class)
			.optional()
			.map(list -> new Content(id, list, variants(id)));
	}

	/** The newest campaigns first. */
	public List<Campaign> recent(int limit) {
		return this.jdbc.sql("SELECT id FROM outreach_campaign ORDER BY created_at DESC, id LIMIT :limit")
			.param("limit", limit)
			.query(UUID.class)
			.list()
			.stream()
			.flatMap(id -> find(id).stream())
			.toList();
	}

	/**
	 * Moves a draft to sending; false when it was not a draft (sent already, or by
	 * someone else just now).
	 */
	public boolean startSending(UUID id, Instant now) {
		return this.jdbc
			.sql("UPDATE outreach_campaign SET status = 'SENDING', queued_at = :at WHERE id = :id AND status = 'DRAFT'")
			.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("id", id)
			.update() == 1;
	}

	/** How often a message is tried before it stays failed. */
	static final int ATTEMPTS = 3;

	/**
	 * Takes up to {@code limit} queued messages, oldest first; each is taken by one node
	 * only.
	 */
	public List<Claimed> claim(int limit, Instant now) {
		List<Claimed> queued = this.jdbc
			.sql("""
					SELECT seq, campaign_id, person_id FROM outreach_message WHERE status = 'QUEUED' ORDER BY seq LIMIT :limit""")
			.param("limit", limit)
			.query((row, n) -> new Claimed(row.getLong("seq"), row.getObject("campaign_id", UUID.class),
					PersonId.of(row.getObject("person_id", UUID.class))))
			.list();
		return queued.stream()
			.filter(message -> this.jdbc.sql("""
					UPDATE outreach_message SET status = 'SENDING', claimed_at = :at, attempts = attempts + 1
					WHERE seq = :seq AND status = 'QUEUED'""")
				.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
				.param("seq", message.seq())
				.update() == 1)
			.toList();
	}

	public void finish(long seq, String status, String failure, Instant now) {
		this.jdbc
			.sql("UPDATE outreach_message SET status = :status, failure = :failure, sent_at = :at WHERE seq = :seq")
			.param("status", status)
			.param("failure", failure)
			.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("seq", seq)
			.update();
	}

	/**
	 * Puts back in the queue what a node took but never settled (it stopped while
	 * sending), and what failed and may be tried again; returns how many.
	 */
	public int requeue(Instant stuckBefore, Instant failedBefore) {
		return this.jdbc
			.sql("""
					UPDATE outreach_message SET status = 'QUEUED'
					WHERE (status = 'SENDING' AND claimed_at < :stuck) OR (status = 'FAILED' AND attempts < :attempts AND sent_at < :failed)""")
			.param("stuck", OffsetDateTime.ofInstant(stuckBefore, ZoneOffset.UTC))
			.param("failed", OffsetDateTime.ofInstant(failedBefore, ZoneOffset.UTC))
			.param("attempts", ATTEMPTS)
			.update();
	}

	/**
	 * Marks campaigns as sent once every message is settled: sent, skipped, or failed for
	 * the last time.
	 */
	public void closeFinished() {
		this.jdbc.sql("""
				UPDATE outreach_campaign SET status = 'SENT' WHERE status = 'SENDING' AND NOT EXISTS
				(SELECT 1 FROM outreach_message m WHERE m.campaign_id = outreach_campaign.id
				AND (m.status IN ('QUEUED', 'SENDING') OR (m.status = 'FAILED' AND m.attempts < :attempts)))""")
			.param("attempts", ATTEMPTS)
			.update();
	}

	public List<Map<String, Object>> messageRows(PersonId person) {
		return this.jdbc.sql("SELECT * FROM outreach_message WHERE person_id = :person ORDER BY seq")
			.param("person", person.value())
			.query()
			.listOfRows();
	}

	public List<Map<String, Object>> clickRows(PersonId person) {
		return this.jdbc.sql("SELECT * FROM outreach_click WHERE person_id = :person ORDER BY seq")
			.param("person", person.value())
			.query()
			.listOfRows();
	}

	/** Moves the person's messages and clicks to another. */
	public void reassignMessages(PersonId from, PersonId into) {
		for (String table : List.of("outreach_message", "outreach_click")) {
			this.jdbc.sql("UPDATE " + table + " SET person_id = :into WHERE person_id = :from")
				.param("into", into.value())
				.param("from", from.value())
				.update();
		}
	}

	/**
	 * Deletes the person's messages and clicks that no subscription of theirs accounts
	 * for any longer.
	 */
	public void deleteMessages(PersonId person) {
		for (String table : List.of("outreach_click", "outreach_message")) {
			this.jdbc.sql("DELETE FROM " + table + " WHERE person_id = :person")
				.param("person", person.value())
				.update();
		}
	}

	private List<Variant> variants(UUID id) {
		return this.jdbc.sql(
				"SELECT language, subject, body FROM outreach_campaign_variant WHERE campaign_id = :id ORDER BY language")
			.param("id", id)
			.query((row, n) -> new Variant(row.getString("language"), row.getString("subject"), row.getString("body")))
			.list();
	}

	private Progress progress(UUID id) {
		Map<String, Integer> counts = this.jdbc.sql("""
				SELECT status, COUNT(*) AS n FROM outreach_message WHERE campaign_id = :id GROUP BY status""")
			.param("id", id)
			.query((row, n) -> Map.entry(row.getString("status"), row.getInt("n")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return new Progress(counts.getOrDefault("QUEUED", 0) + counts.getOrDefault("SENDING", 0),
				counts.getOrDefault("SENT", 0), counts.getOrDefault("SKIPPED", 0), counts.getOrDefault("FAILED", 0));
	}

}
