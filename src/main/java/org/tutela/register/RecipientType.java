package org.tutela.register;

public enum RecipientType {

	AUTHORITY, PROCESSOR, INDEPENDENT_CONTROLLER, EMPLOYER, COLLECTION_AGENT,
	/**
	 * The physician who treats the person, to whom a medical file goes at the person's
	 * request (MEN-17, CER-9).
	 */
	ATTENDING_PHYSICIAN

}
