package org.tutela.consent;

public enum ChoiceKind {

	/** Consent given (Art. 7). */
	GIVEN,
	/**
	 * Consent ticked on a public form by someone who has not yet shown that the address
	 * is theirs: it counts for nothing until they follow the link sent to it (double
	 * opt-in).
	 */
	UNCONFIRMED,
	/** Consent withdrawn (Art. 7(3)). */
	WITHDRAWN,
	/** Objection to the processing (Art. 21), for example to direct marketing. */
	OBJECTED

}
