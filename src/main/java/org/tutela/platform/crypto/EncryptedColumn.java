package org.tutela.platform.crypto;

/**
 * A column whose values are encrypted with {@link FieldCipher}, declared as a bean by the
 * module that owns it, so that after a key rotation its values are re-encrypted under the
 * new key. The row part of each value's {@link FieldRef} is the id column's value.
 */
public record EncryptedColumn(String table, String idColumn, String column) {

	public FieldRef field(Object id) {
		return new FieldRef(this.table, this.column, id.toString());
	}

}
