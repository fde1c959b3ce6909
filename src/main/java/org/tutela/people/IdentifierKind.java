package org.tutela.people;

/**
 * The identifiers a person may have (CER-14). All are stored encrypted with a blind
 * index.
 */
public enum IdentifierKind {

	/** Belgian national register or BIS number. */
	NATIONAL_NUMBER,
	/** Dutch citizen service number. */
	BSN,
	/** The employer's personnel number. */
	PERSONNEL_NUMBER,
	/** A number an authority or the provider gives when there is no national number. */
	SUBSTITUTE_NUMBER

}
