package org.tutela.people.identifier;

import java.util.Locale;

import org.tutela.platform.problem.TextRule;

/**
 * An e-mail address, checked by the rule every form applies to addresses
 * ({@link TextRule#EMAIL}). The domain is kept in lower case; the local part as given,
 * because mail servers may distinguish its case.
 */
public record EmailAddress(String value) {

	public EmailAddress {
		if (TextRule.EMAIL.problem(value) != null) {
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
