package org.tutela.billing.sending;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.billing.Sending;
import org.tutela.billing.SendingChannel;
import org.tutela.billing.SendingStatus;

/** Each sending of an issued document, and what became of it. */
@Repository
class SendingStore {

	private final JdbcClient jdbc;

	SendingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Sending record(UUID invoice, SendingChannel channel, String recipient, SendingStatus status, String by,
			Instant at) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO billing_sending (id, invoice_id, channel, recipient, status, sent_by, sent_at)
				VALUES (:id, :invoice, :channel, :recipient, :status, :by, :at)""")
			.param("id", id)
			.param("invoice", invoice)
			.param("channel", channel.name())
			.param("recipient", recipient)
			.param("status", status.name())
			.param("by", by)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update();
		return new Sending(id, invoice, channel, recipient, status, null, by, at, null);
	}

	/** The document's sendings, the latest first. */
	List<Sending> of(UUID invoice) {
		return this.jdbc.sql("""
				SELECT id, invoice_id, channel, recipient, status, reason, sent_by, sent_at, answered_at
				FROM billing_sending WHERE invoice_id = :invoice ORDER BY sent_at DESC, id""")
			.param("invoice", invoice)
			.query(SendingStore::sending)
			.list();
	}

	/**
	 * Records the access point's answer on the latest Peppol sending of the document with
	 * the number that waits for one; whether there was one.
	 */
	boolean answered(String number, boolean delivered, @Nullable String reason, Instant at) {
		List<UUID> waiting = this.jdbc.sql("""
				SELECT s.id FROM billing_sending s JOIN billing_invoice i ON i.id = s.invoice_id
				WHERE i.number = :number AND s.channel = 'PEPPOL' AND s.status = 'HANDED'
				ORDER BY s.sent_at DESC, s.id""").param("number", number).query(UUID.class).list();
		if (waiting.isEmpty()) {
			return false;
		}
		return this.jdbc.sql("""
				UPDATE billing_sending SET status = :status, reason = :reason, answered_at = :at
				WHERE id = :id AND status = 'HANDED'""")
			.param("status", (delivered ? SendingStatus.DELIVERED : SendingStatus.FAILED).name())
			.param("reason", reason)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.param("id", waiting.get(0))
			.update() == 1;
	}

	private static Sending sending(ResultSet row, int number) throws SQLException {
		OffsetDateTime answered = row.getObject("answered_at", OffsetDateTime.class);
		return new Sending(row.getObject("id", UUID.class), row.getObject("invoice_id", UUID.class),
				SendingChannel.valueOf(row.getString("channel")), row.getString("recipient"),
				SendingStatus.valueOf(row.getString("status")), row.getString("reason"), row.getString("sent_by"),
				row.getObject("sent_at", OffsetDateTime.class).toInstant(),
				answered == null ? null : answered.toInstant());
	}

}
