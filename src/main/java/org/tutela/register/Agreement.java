package org.tutela.register;

/**
 * The agreement with someone who receives data: the Art. 28(3) contract of a processor,
 * or the confidentiality or data-sharing agreement a pack promises with a third party
 * (VCK-8).
 */
public enum Agreement {

	SIGNED, MISSING,
	/**
	 * An authority or an employer receiving what the law or the contract says: no
	 * agreement is asked.
	 */
	NOT_REQUIRED

}
