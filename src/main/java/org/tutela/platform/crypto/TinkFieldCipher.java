package org.tutela.platform.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Field encryption with Tink AEAD. Stored as Base64 of Tink's output, whose first byte is
 * a version and the next four the id of the key used, so re-encryption can tell old
 * values.
 */
@Component
class TinkFieldCipher implements FieldCipher {

	private static final int PREFIX_LENGTH = 5;

	private final KeysetStore keys;

	TinkFieldCipher(KeysetStore keys) {
		this.keys = keys;
	}

	@Override
	public @Nullable String encrypt(FieldRef field, @Nullable String plaintext) {
		if (plaintext == null) {
			return null;
		}
		try {
			return Base64.getEncoder()
				.encodeToString(
						this.keys.aead().encrypt(plaintext.getBytes(StandardCharsets.UTF_8), field.associatedData()));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Encryption failed", ex);
		}
	}

	@Override
	public @Nullable String decrypt(FieldRef field, @Nullable String ciphertext) {
		if (ciphertext == null) {
			return null;
		}
		try {
			byte[] stored = Base64.getDecoder().decode(ciphertext);
			try {
				return new String(this.keys.aead().decrypt(stored, field.associatedData()), StandardCharsets.UTF_8);
			}
			catch (GeneralSecurityException unknownKey) {
				// Another process on the same data directory may have rotated the keys.
				if (!this.keys.reloadFieldKeys()) {
					throw unknownKey;
				}
				return new String(this.keys.aead().decrypt(stored, field.associatedData()), StandardCharsets.UTF_8);
			}
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			// The message names where, never what: the value may be personal data.
			throw new UndecryptableField(field);
		}
	}

	/** Whether a stored value is encrypted under the current primary key. */
	boolean isCurrent(String ciphertext) {
		byte[] bytes = Base64.getDecoder().decode(ciphertext);
		return bytes.length > PREFIX_LENGTH && ByteBuffer.wrap(bytes, 1, 4).getInt() == this.keys.primaryFieldKeyId();
	}

}
