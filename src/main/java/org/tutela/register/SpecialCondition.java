package org.tutela.register;

/** The conditions of GDPR Art. 9(2) that allow processing special categories of data. */
public enum SpecialCondition {

	/** Art. 9(2)(a). */
	EXPLICIT_CONSENT,
	/** Art. 9(2)(b): employment and social security law. */
	EMPLOYMENT,
	/** Art. 9(2)(c). */
	VITAL_INTERESTS,
	/** Art. 9(2)(f): legal claims. */
	LEGAL_CLAIMS,
	/** Art. 9(2)(g). */
	SUBSTANTIAL_PUBLIC_INTEREST,
	/**
	 * Art. 9(2)(h): occupational medicine, assessment of working capacity, health care.
	 */
	OCCUPATIONAL_MEDICINE

}
