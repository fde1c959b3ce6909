package org.tutela.platform.crypto;

import org.jspecify.annotations.Nullable;

/**
 * Encrypts single fields, such as identifiers and special-category data, before they are
 * stored (MEN-10): AES-256-GCM under the current key, tied to table, column and row.
 * Values encrypted under an earlier key still decrypt until re-encryption has moved them
 * on.
 */
public interface FieldCipher {

	@Nullable String encrypt(FieldRef field, @Nullable String plaintext);

	@Nullable String decrypt(FieldRef field, @Nullable String ciphertext);

}
