package org.tutela.platform.mail;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.platform.mail.OutgoingMail.Attachment;
import org.tutela.testing.Eventually;
import org.tutela.testing.HttpTest;
import org.tutela.testing.Mailbox;
import org.tutela.testing.Smtp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Queued mail carries names and live links: it is stored encrypted, goes out as written,
 * and what cannot be sent for days is deleted, not kept.
 */
@HttpTest
class OutboxTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aQueuedMessageIsStoredEncryptedAndSentAsWritten_MEN10() throws Exception {
		String to = "an+" + this.tag + "@example.org";
		String link = "https://tutela.example/registrations/cancel/secret-" + this.tag;
		List<Map<String, Object>> stored = this.transactions.execute(status -> {
			this.outbox
				.queue(new OutgoingMail(to, "Your registration, An Peeters", "Dear An,\n\nCancel: " + link, Map.of(),
						List.of(new Attachment("agreement.txt", "text/plain", ("An Peeters " + this.tag).getBytes()))));
			return this.jdbc.sql("SELECT m.recipient, m.subject, m.body, a.content FROM platform_mail m "
					+ "JOIN platform_mail_attachment a ON a.mail_id = m.id WHERE m.encrypted AND m.queued_at > :since")
				.param("since", OffsetDateTime.now().minusMinutes(1))
				.query()
				.listOfRows();
		});
		assertThat(stored).isNotEmpty();
		assertThat(stored.toString()).doesNotContain(this.tag, "An Peeters", "example.org");

		String body = GreenMailUtil.getBody(Mailbox.await(smtp, to, "Your registration, An Peeters").get(0));
		assertThat(Mailbox.decoded(body)).contains(link);
	}

	@Test
	void aMessageThatCouldNotBeSentForDaysIsDeletedUnsent() {
		UUID stuck = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO platform_mail (id, recipient, subject, body, queued_at, attempts, next_attempt_at)
				VALUES (:id, 'gone@example.org', 'Your certificate', 'Dear ...', :queued, 9, :next)""")
			.param("id", stuck)
			.param("queued", OffsetDateTime.now().minusDays(4))
			.param("next", OffsetDateTime.now().plusHours(1))
			.update();
		Eventually.holds("the message is deleted",
				() -> this.jdbc.sql("SELECT COUNT(*) FROM platform_mail WHERE id = :id")
					.param("id", stuck)
					.query(Integer.class)
					.single() == 0);
	}

}
