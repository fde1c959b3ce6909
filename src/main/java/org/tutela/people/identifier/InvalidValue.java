package org.tutela.people.identifier;

/**
 * A value that breaks its published rule. The reason is a message code under
 * {@code invalid.}, so that the user reads in their language which rule was broken.
 */
public final class InvalidValue extends RuntimeException {

	private final String reason;

	InvalidValue(String reason) {
		super(reason, null, false, false);
		this.reason = reason;
	}

	/** For example {@code national-number.checksum}. */
	public String reason() {
		return this.reason;
	}

}
