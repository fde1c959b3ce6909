package org.tutela.billing;

/**
 * How a line is taxed, with its code in the UNCL 5305 list that EN 16931 uses.
 */
public enum VatCategory {

	/** Taxed at the rate the line names. */
	STANDARD("S"),

	/**
	 * Exempt, with the reason the law gives: vocational training (Belgian VAT code Art.
	 * 44; Dutch Wet OB Art. 11(1)(o)); the line carries the reason (EN 16931 rule
	 * BR-E-10).
	 */
	EXEMPT("E"),

	/**
	 * Taxed at the client's, who accounts for the VAT: a service to a business client in
	 * another member state under the general rule (VAT Directive Art. 44 and 196).
	 */
	REVERSE_CHARGE("AE");

	private final String code;

	VatCategory(String code) {
		this.code = code;
	}

	/** The category's code in UNCL 5305. */
	public String code() {
		return this.code;
	}

}
