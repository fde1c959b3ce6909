package org.tutela.platform.mail;

import java.util.UUID;

import org.tutela.platform.crypto.EncryptedColumn;
import org.tutela.platform.crypto.FieldRef;

/**
 * Where the outbox's encrypted values live. They are not declared for re-encryption after
 * a key rotation: a message lives minutes, at most {@code tutela.mail.outbox-keep}, and
 * rows queued before encryption hold plain text; so retire an old field key only that
 * long after the new one took over.
 */
final class OutboxColumns {

	static final EncryptedColumn RECIPIENT = new EncryptedColumn("platform_mail", "id", "recipient");

	static final EncryptedColumn SUBJECT = new EncryptedColumn("platform_mail", "id", "subject");

	static final EncryptedColumn BODY = new EncryptedColumn("platform_mail", "id", "body");

	static FieldRef attachment(UUID mail, int position) {
		return new FieldRef("platform_mail_attachment", "content", mail + "/" + position);
	}

	private OutboxColumns() {
	}

}
