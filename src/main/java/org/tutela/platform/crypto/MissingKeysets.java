package org.tutela.platform.crypto;

/** Production was started without the field and index keysets in its configuration. */
class MissingKeysets extends IllegalStateException {

	MissingKeysets() {
		super("Production mode needs the encryption keysets in the configuration");
	}

}
