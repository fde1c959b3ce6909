package org.tutela.dossiers;

/**
 * What the controlling physician concludes, the only medical outcome the employer learns
 * (CER-1; Act of 3 July 1978 on employment contracts, Art. 31 §3: the physician decides
 * whether the incapacity is justified, and for how long).
 */
public enum Conclusion {

	/** Incapacity justified for the period on the certificate, or until the day given. */
	JUSTIFIED,
	/**
	 * Justified for a shorter period: work can resume earlier than the certificate says.
	 */
	SHORTENED,
	/** Not justified: work can resume on the day given. */
	NOT_JUSTIFIED,
	/**
	 * The worker was not found at the place of stay and did not come to the convocation.
	 */
	NOT_AT_HOME,
	/** The worker refused the examination. */
	REFUSED;

	/** Whether the conclusion names the last day the incapacity is justified. */
	public boolean namesJustifiedUntil() {
		return this == JUSTIFIED || this == SHORTENED;
	}

	/** Whether the conclusion names the day work can resume. */
	public boolean namesResumption() {
		return this == SHORTENED || this == NOT_JUSTIFIED;
	}

}
