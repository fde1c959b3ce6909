package org.tutela.platform.crypto;

/**
 * A stored value that no key decrypts for its place: tampered with, copied from another
 * row or column, or encrypted under a key that is no longer in the keyset.
 */
class UndecryptableField extends IllegalStateException {

	UndecryptableField(FieldRef field) {
		super("Cannot decrypt " + field.table() + "." + field.column() + " of row " + field.row());
	}

}
