package org.tutela.consent;

public enum ChoiceKind {
	/** Consent given (Art. 7). */
	GIVEN,
	/** Consent withdrawn (Art. 7(3)). */
	WITHDRAWN,
	/** Objection to the processing (Art. 21), for example to direct marketing. */
	OBJECTED
}
