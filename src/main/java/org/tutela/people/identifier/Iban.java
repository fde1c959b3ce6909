package org.tutela.people.identifier;

import java.util.Locale;

import org.apache.commons.validator.routines.IBANValidator;

/**
 * An international bank account number: the per-country length and format, and the ISO
 * 13616 check (the number, rearranged and with letters as numbers, is 1 modulo 97), by
 * Apache Commons Validator's {@link IBANValidator}.
 */
public record Iban(String value) {

	public Iban {
		if (!IBANValidator.getInstance().isValid(value)) {
			throw new InvalidValue("iban.invalid");
		}
	}

	/** Accepts the value with spaces and in lower case, as people copy it. */
	public static Iban parse(String text) {
		return new Iban(text.replaceAll("\\s", "").toUpperCase(Locale.ROOT));
	}

	/** Groups of four, as printed on cards and invoices. */
	public String formatted() {
		return this.value.replaceAll("(.{4})(?!$)", "$1 ");
	}

}
