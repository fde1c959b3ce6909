package org.tutela.outreach.list;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.outreach.list.Subscription.EndReason;
import org.tutela.outreach.list.Subscription.Status;
import org.tutela.personaldata.PersonId;

@Repository
public class Subscriptions {

	private final JdbcClient jdbc;

	Subscriptions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Status> status(UUID list, PersonId person) {
		return this.jdbc.sql("SELECT status FROM outreach_subscription WHERE list_id = :list AND person_id = :person")
			.param("list", list)
			.param("person", person.value())
			.query((row, n) -> Status.valueOf(row.getString("status")))
			.optional();
	}

	/**
	 * Puts the person on the list, waiting for confirmation, or active at once when no
	 * token is given.
	 */
	public void put(UUID list, PersonId person, @Nullable String tokenHash, Instant now) {
		Status status = tokenHash == null ? Status.ACTIVE : Status.PENDING;
		OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
		int updated = this.jdbc
			.sql("""
					UPDATE outreach_subscription SET status = :status, confirm_token_hash = :token, requested_at = :at,
					confirmed_at = :confirmed, ended_at = NULL, end_reason = NULL WHERE list_id = :list AND person_id = :person""")
			.param("status", status.name())
			.param("token", tokenHash)
			.param("at", at)
			.param("confirmed", status == Status.ACTIVE ? at : null)
			.param("list", list)
			.param("person", person.value())
			.update();
		if (updated == 0) {
			this.jdbc
				.sql("""
						INSERT INTO outreach_subscription (list_id, person_id, status, confirm_token_hash, requested_at, confirmed_at)
						VALUES (:list, :person, :status, :token, :at, :confirmed)""")
				.param("list", list)
				.param("person", person.value())
				.param("status", status.name())
				.param("token", tokenHash)
				.param("at", at)
				.param("confirmed", status == Status.ACTIVE ? at : null)
				.update();
		}
	}

	/**
	 * Confirms the pending subscription the token was sent for; empty when it is unknown
	 * or used.
	 */
	public Optional<Subscription> confirm(String tokenHash, Instant now) {
		Optional<Subscription> pending = this.jdbc.sql("""
				SELECT list_id, person_id, status FROM outreach_subscription
				WHERE confirm_token_hash = :token AND status = 'PENDING'""")
			.param("token", tokenHash)
			.query((row, n) -> new Subscription(row.getObject("list_id", UUID.class),
					PersonId.of(row.getObject("person_id", UUID.class)), Status.ACTIVE))
			.optional();
		pending.ifPresent(subscription -> this.jdbc.sql("""
				UPDATE outreach_subscription SET status = 'ACTIVE', confirm_token_hash = NULL, confirmed_at = :at
				WHERE list_id = :list AND person_id = :person""")
			.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("list", subscription.list())
			.param("person", subscription.person().value())
			.update());
		return pending;
	}

	public void end(UUID list, PersonId person, EndReason reason, Instant now) {
		this.jdbc
			.sql("""
					UPDATE outreach_subscription SET status = 'ENDED', confirm_token_hash = NULL, ended_at = :at, end_reason = :reason
					WHERE list_id = :list AND person_id = :person AND status <> 'ENDED'""")
			.param("at", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("reason", reason.name())
			.param("list", list)
			.param("person", person.value())
			.update();
	}

	/**
	 * Ends the person's place on the list with the membership that gave it, at
	 * {@code end}, the first moment after the membership's last day: the moment the
	 * pack's rule counted from the end of membership reaches it from. A place that ended
	 * otherwise before ends the same way; one the membership's end already reached is
	 * left as it is. Whether it changed.
	 */
	public boolean endWithMembership(UUID list, PersonId person, Instant end) {
		return this.jdbc.sql("""
				UPDATE outreach_subscription SET status = 'ENDED', confirm_token_hash = NULL, ended_at = :at,
					end_reason = :reason
				WHERE list_id = :list AND person_id = :person AND (end_reason IS NULL OR end_reason <> :reason)""")
			.param("at", OffsetDateTime.ofInstant(end, ZoneOffset.UTC))
			.param("reason", EndReason.MEMBERSHIP_ENDED.name())
			.param("list", list)
			.param("person", person.value())
			.update() > 0;
	}

	/**
	 * One page of the list's places, newest request first; one more than asked tells that
	 * more follow.
	 */
	public List<Place> page(UUID list, int offset, int limit) {
		return this.jdbc.sql("""
				SELECT person_id, status, requested_at, confirmed_at, ended_at FROM outreach_subscription
				WHERE list_id = :list ORDER BY requested_at DESC, person_id LIMIT :limit OFFSET :offset""")
			.param("list", list)
			.param("limit", limit)
			.param("offset", offset)
			.query((row, n) -> {
				Status status = Status.valueOf(row.getString("status"));
				String since = switch (status) {
					case PENDING -> "requested_at";
					case ACTIVE -> "confirmed_at";
					case ENDED -> "ended_at";
				};
				OffsetDateTime at = row.getObject(since, OffsetDateTime.class);
				return new Place(PersonId.of(row.getObject("person_id", UUID.class)), status,
						(at == null ? row.getObject("requested_at", OffsetDateTime.class) : at).toInstant());
			})
			.list();
	}

	/** A person's place on a list, and since when it is what it is. */
	public record Place(PersonId person, Status status, Instant since) {
	}

	public List<Subscription> ofPerson(PersonId person) {
		return this.jdbc.sql("SELECT list_id, person_id, status FROM outreach_subscription WHERE person_id = :person")
			.param("person", person.value())
			.query((row, n) -> new Subscription(row.getObject("list_id", UUID.class), person,
					Status.valueOf(row.getString("status"))))
			.list();
	}

	public List<Map<String, Object>> rows(PersonId person) {
		return this.jdbc.sql("SELECT * FROM outreach_subscription WHERE person_id = :person ORDER BY requested_at")
			.param("person", person.value())
			.query()
			.listOfRows();
	}

	/**
	 * Moves the person's subscriptions; where both were on a list, the kept person's
	 * place stays.
	 */
	public void reassign(PersonId from, PersonId into) {
		this.jdbc.sql("""
				UPDATE outreach_subscription SET person_id = :into WHERE person_id = :from AND list_id NOT IN
				(SELECT list_id FROM outreach_subscription WHERE person_id = :into)""")
			.param("into", into.value())
			.param("from", from.value())
			.update();
		delete(from);
	}

	private void delete(PersonId person) {
		this.jdbc.sql("DELETE FROM outreach_subscription WHERE person_id = :person")
			.param("person", person.value())
			.update();
	}

}
