package org.tutela.people.person;

import java.util.Objects;
import java.util.UUID;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tutela.people.IdentifierKind;
import org.tutela.platform.crypto.EncryptedColumn;
import org.tutela.platform.crypto.FieldCipher;
import org.tutela.platform.crypto.KeyedHash;

/**
 * Identifiers at rest: AEAD bound to their row, and a keyed-hash blind index per kind, so
 * that an exact lookup never decrypts and the index of one kind cannot be joined with
 * another's.
 */
@Configuration(proxyBeanMethods = false)
public class IdentifierVault {

	static final EncryptedColumn VALUES = new EncryptedColumn("people_identifier", "id", "value_cipher");

	private final FieldCipher cipher;

	private final KeyedHash keyedHash;

	IdentifierVault(FieldCipher cipher, KeyedHash keyedHash) {
		this.cipher = cipher;
		this.keyedHash = keyedHash;
	}

	@Bean
	static EncryptedColumn identifierValues() {
		return VALUES;
	}

	String encrypt(UUID row, String value) {
		return Objects.requireNonNull(this.cipher.encrypt(VALUES.field(row), value));
	}

	String decrypt(UUID row, String ciphertext) {
		return Objects.requireNonNull(this.cipher.decrypt(VALUES.field(row), ciphertext));
	}

	String blindIndex(IdentifierKind kind, String canonicalValue) {
		return this.keyedHash.hash("people.identifier." + kind.name(), canonicalValue);
	}

}
