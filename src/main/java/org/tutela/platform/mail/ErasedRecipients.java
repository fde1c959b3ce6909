package org.tutela.platform.mail;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tutela.personaldata.PersonErased;
import org.tutela.platform.crypto.FieldCipher;
import org.tutela.platform.crypto.KeyedHash;

/**
 * Mail still queued for a person when they were erased (the mail server was away, say) is
 * cancelled: it would carry their name and data after the erasure. Mail queued at or
 * after the erasure, such as the confirmation that tells them of it, still goes. The log
 * names how many, never an address.
 */
@Component
class ErasedRecipients {

	private static final Logger log = LoggerFactory.getLogger(ErasedRecipients.class);

	private final JdbcClient jdbc;

	private final KeyedHash hash;

	private final FieldCipher cipher;

	ErasedRecipients(JdbcClient jdbc, KeyedHash hash, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.hash = hash;
		this.cipher = cipher;
	}

	@ApplicationModuleListener
	void on(PersonErased erased) {
		if (erased.addressHashes().isEmpty()) {
			return;
		}
		List<Queued> before = this.jdbc
			.sql("SELECT id, recipient, encrypted FROM platform_mail WHERE queued_at < :erased")
			.param("erased", OffsetDateTime.ofInstant(erased.erasedAt().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
			.query((row, number) -> {
				UUID id = row.getObject("id", UUID.class);
				String recipient = row.getString("recipient");
				return new Queued(id, row.getBoolean("encrypted")
						? Objects.requireNonNull(this.cipher.decrypt(OutboxColumns.RECIPIENT.field(id), recipient))
						: recipient);
			})
			.list();
		int cancelled = 0;
		for (Queued mail : before) {
			String key = this.hash.address(PersonErased.ADDRESS_DOMAIN, mail.recipient());
			if (erased.addressHashes().contains(key)) {
				cancelled += this.jdbc.sql("DELETE FROM platform_mail WHERE id = :id").param("id", mail.id()).update();
			}
		}
		if (cancelled > 0) {
			log.info("Mail outbox: {} message(s) to an erased person cancelled", cancelled);
		}
	}

	private record Queued(UUID id, String recipient) {
	}

}
