package org.tutela.platform.crypto;

import java.nio.charset.StandardCharsets;

/**
 * Where an encrypted value lives. It is bound to the ciphertext as associated data, so a
 * value copied to another row or column no longer decrypts.
 */
public record FieldRef(String table, String column, String row) {

	public byte[] associatedData() {
		return (this.table + '\0' + this.column + '\0' + this.row).getBytes(StandardCharsets.UTF_8);
	}

}
