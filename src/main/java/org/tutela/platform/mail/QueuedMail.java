package org.tutela.platform.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.platform.crypto.EncryptedColumn;
import org.tutela.platform.crypto.FieldCipher;
import org.tutela.platform.mail.OutgoingMail.Attachment;

/**
 * The mail outbox in the database, its recipients, subjects, bodies and attachments
 * encrypted with the field key ({@link OutboxColumns}). Every second the due messages are
 * claimed one by one (a claim moves their next attempt ahead, so two nodes never send the
 * same one), sent, and deleted; a failure is retried after 1, 2, 4, … minutes, at most an
 * hour apart, and a message still not sent after {@code tutela.mail.outbox-keep} is
 * deleted unsent. The log names message ids and errors, never an address.
 */
@Component
class QueuedMail implements MailOutbox {

	private static final Logger log = LoggerFactory.getLogger(QueuedMail.class);

	private static final Duration CLAIM = Duration.ofMinutes(5);

	private final JdbcClient jdbc;

	private final MailDelivery delivery;

	private final FieldCipher cipher;

	private final Clock clock;

	private final Duration keep;

	QueuedMail(JdbcClient jdbc, MailDelivery delivery, FieldCipher cipher, Clock clock,
			@Value("${tutela.mail.outbox-keep:3d}") Duration keep) {
		this.jdbc = jdbc;
		this.delivery = delivery;
		this.cipher = cipher;
		this.clock = clock;
		this.keep = keep;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void queue(OutgoingMail mail) {
		UUID id = UUID.randomUUID();
		OffsetDateTime now = now();
		this.jdbc.sql("""
				INSERT INTO platform_mail (id, recipient, subject, body, queued_at, next_attempt_at, encrypted)
				VALUES (:id, :recipient, :subject, :body, :now, :now, TRUE)""")
			.param("id", id)
			.param("recipient", this.cipher.encrypt(OutboxColumns.RECIPIENT.field(id), mail.to()))
			.param("subject", this.cipher.encrypt(OutboxColumns.SUBJECT.field(id), mail.subject()))
			.param("body", this.cipher.encrypt(OutboxColumns.BODY.field(id), mail.text()))
			.param("now", now)
			.update();
		for (int i = 0; i < mail.attachments().size(); i++) {
			Attachment attachment = mail.attachments().get(i);
			this.jdbc.sql("""
					INSERT INTO platform_mail_attachment (mail_id, position, name, content_type, content)
					VALUES (:id, :position, :name, :type, :content)""")
				.param("id", id)
				.param("position", i)
				.param("name", attachment.name())
				.param("type", attachment.contentType())
				.param("content",
						this.cipher.encrypt(OutboxColumns.attachment(id, i),
								Base64.getEncoder().encodeToString(attachment.content())))
				.update();
		}
	}

	@Scheduled(fixedDelayString = "${tutela.mail.outbox-interval:1s}", initialDelayString = "1s")
	@SchedulerLock(name = "mail-outbox")
	public void sendDue() {
		int expired = this.jdbc.sql("DELETE FROM platform_mail WHERE queued_at < :before")
			.param("before", now().minus(this.keep))
			.update();
		if (expired > 0) {
			log.warn("Mail outbox: {} message(s) not sent within {} deleted unsent", expired, this.keep);
		}
		List<Due> due = this.jdbc.sql("""
				SELECT id, attempts, next_attempt_at FROM platform_mail WHERE next_attempt_at <= :now
				ORDER BY next_attempt_at LIMIT 100""")
			.param("now", now())
			.query((row, number) -> new Due(row.getObject("id", UUID.class), row.getInt("attempts"),
					row.getObject("next_attempt_at", OffsetDateTime.class)))
			.list();
		for (Due mail : due) {
			if (claim(mail)) {
				send(mail);
			}
		}
	}

	private boolean claim(Due mail) {
		return this.jdbc
			.sql("UPDATE platform_mail SET next_attempt_at = :later WHERE id = :id AND next_attempt_at = :seen")
			.param("later", now().plus(CLAIM))
			.param("id", mail.id())
			.param("seen", mail.nextAttemptAt())
			.update() == 1;
	}

	private void send(Due due) {
		try {
			this.delivery.send(load(due.id()));
			this.jdbc.sql("DELETE FROM platform_mail WHERE id = :id").param("id", due.id()).update();
		}
		catch (RuntimeException failed) {
			int attempts = due.attempts() + 1;
			Duration pause = Duration.ofMinutes(Math.min(60, 1L << Math.min(attempts - 1, 6)));
			log.warn("Mail {} not sent (attempt {}): {}; next try in {} min", due.id(), attempts,
					failed.getClass().getSimpleName(), pause.toMinutes());
			this.jdbc.sql("""
					UPDATE platform_mail SET attempts = :attempts, next_attempt_at = :next, last_error = :error
					WHERE id = :id""")
				.param("attempts", attempts)
				.param("next", now().plus(pause))
				.param("error", failed.getClass().getSimpleName())
				.param("id", due.id())
				.update();
		}
	}

	private OutgoingMail load(UUID id) {
		boolean encrypted = this.jdbc.sql("SELECT encrypted FROM platform_mail WHERE id = :id")
			.param("id", id)
			.query(Boolean.class)
			.single();
		List<Attachment> attachments = new ArrayList<>();
		this.jdbc
			.sql("SELECT position, name, content_type, content FROM platform_mail_attachment WHERE mail_id = :id "
					+ "ORDER BY position")
			.param("id", id)
			.query(row -> {
				String content = row.getString("content");
				attachments.add(new Attachment(row.getString("name"), row.getString("content_type"),
						Base64.getDecoder()
							.decode(encrypted
									? this.cipher.decrypt(OutboxColumns.attachment(id, row.getInt("position")), content)
									: content)));
			});
		return this.jdbc.sql("SELECT recipient, subject, body FROM platform_mail WHERE id = :id")
			.param("id", id)
			.query((row, number) -> new OutgoingMail(
					read(encrypted, OutboxColumns.RECIPIENT, id, row.getString("recipient")),
					read(encrypted, OutboxColumns.SUBJECT, id, row.getString("subject")),
					read(encrypted, OutboxColumns.BODY, id, row.getString("body")), Map.of(), attachments))
			.single();
	}

	private String read(boolean encrypted, EncryptedColumn column, UUID id, String stored) {
		return encrypted ? Objects.requireNonNull(this.cipher.decrypt(column.field(id), stored)) : stored;
	}

	private OffsetDateTime now() {
		return Instant.now(this.clock).atOffset(ZoneOffset.UTC);
	}

	private record Due(UUID id, int attempts, OffsetDateTime nextAttemptAt) {
	}

}
