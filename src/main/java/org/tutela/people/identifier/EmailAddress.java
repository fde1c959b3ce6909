package org.tutela.people.identifier;

import java.util.Locale;

import org.apache.commons.validator.routines.EmailValidator;

/**
 * An e-mail address, checked against RFC 5321/5322 syntax and a known top-level domain by
 * Apache Commons Validator's {@link EmailValidator}. The domain is kept in lower case;
 * the local part as given, because mail servers may distinguish its case.
 */
public record EmailAddress(String value) {

	private static final EmailValidator RULES = EmailValidator.getInstance(false, false);

	public EmailAddress {
		if (value.length() > 254 || !RULES.isValid(value)) {
			throw new InvalidValue("email.invalid");
		}
	}

	public static EmailAddress parse(String text) {
		String trimmed = text.strip();
		int at = trimmed.lastIndexOf('@');
		if (at < 0) {
			throw new InvalidValue("email.invalid");
		}
		return new EmailAddress(trimmed.substring(0, at + 1) + trimmed.substring(at + 1).toLowerCase(Locale.ROOT));
	}

	/** The form used to find a person by address: the whole address in lower case. */
	public String lookupKey() {
		return this.value.toLowerCase(Locale.ROOT);
	}

}
