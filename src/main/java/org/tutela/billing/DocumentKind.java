package org.tutela.billing;

/** Whether a document charges the buyer or corrects a charge, with its UNCL 1001 code. */
public enum DocumentKind {

	INVOICE("380"), CREDIT_NOTE("381");

	private final String code;

	DocumentKind(String code) {
		this.code = code;
	}

	public String code() {
		return this.code;
	}

}
