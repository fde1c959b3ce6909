package org.tutela.people.identifier;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;

/**
 * A phone number in E.164 form ({@code +3292345678}), checked against the numbering plan
 * of its country by Google's libphonenumber. A number without a country prefix is read in
 * the given default region (BE or NL).
 */
public record PhoneNumber(String e164) {

	private static final PhoneNumberUtil PLANS = PhoneNumberUtil.getInstance();

	public PhoneNumber {
		if (!e164.equals(PLANS.format(valid(e164, "ZZ"), PhoneNumberFormat.E164))) {
			throw new InvalidValue("phone.invalid");
		}
	}

	public static PhoneNumber parse(String text, String defaultRegion) {
		return new PhoneNumber(PLANS.format(valid(text, defaultRegion), PhoneNumberFormat.E164));
	}

	/** The international form with spaces, {@code +32 9 234 56 78}. */
	public String formatted() {
		return PLANS.format(valid(this.e164, "ZZ"), PhoneNumberFormat.INTERNATIONAL);
	}

	private static Phonenumber.PhoneNumber valid(String text, String region) {
		Phonenumber.PhoneNumber number;
		try {
			number = PLANS.parse(text, region);
		}
		catch (NumberParseException unreadable) {
			throw new InvalidValue("phone.unreadable");
		}
		if (!PLANS.isValidNumber(number)) {
			throw new InvalidValue("phone.invalid");
		}
		return number;
	}

}
