package org.tutela.personaldata;

/** How a person's data leaves a module, as the retention rule or request says. */
public enum ErasureMode {

	/** The rows are deleted. */
	DELETE,
	/**
	 * The rows stay for statistics and obligations, with nothing left that points to the
	 * person.
	 */
	ANONYMISE

}
