package org.tutela.platform.mail;

import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tutela.platform.crypto.EncryptedColumn;
import org.tutela.platform.crypto.FieldRef;

/**
 * The outbox's encrypted columns. Recipient, subject and body are declared, so a key
 * rotation re-encrypts them; an attachment is bound to its message and place, and a
 * message lives minutes, at most {@code tutela.mail.outbox-keep}, so retire an old key
 * only after that long.
 */
@Configuration(proxyBeanMethods = false)
class OutboxColumns {

	static final EncryptedColumn RECIPIENT = new EncryptedColumn("platform_mail", "id", "recipient");

	static final EncryptedColumn SUBJECT = new EncryptedColumn("platform_mail", "id", "subject");

	static final EncryptedColumn BODY = new EncryptedColumn("platform_mail", "id", "body");

	static FieldRef attachment(UUID mail, int position) {
		return new FieldRef("platform_mail_attachment", "content", mail + "/" + position);
	}

	@Bean
	EncryptedColumn outboxRecipients() {
		return RECIPIENT;
	}

	@Bean
	EncryptedColumn outboxSubjects() {
		return SUBJECT;
	}

	@Bean
	EncryptedColumn outboxBodies() {
		return BODY;
	}

}
