package org.tutela.people.identifier;

/**
 * A Belgian enterprise number (KBO/BCE), which with {@code BE} in front is also the VAT
 * number: ten digits starting with 0 or 1, the last two equal to
 * {@code 97 - (first eight mod 97)}; old nine-digit numbers get a leading 0. Sources: Law
 * of 16 January 2003 (Crossroads Bank for Enterprises); python-stdnum
 * {@code stdnum/be/vat.py}.
 */
public record EnterpriseNumber(String digits) {

	public EnterpriseNumber {
		if (digits.length() != 10 || !digits.chars().allMatch(Character::isDigit)) {
			throw new InvalidValue("enterprise-number.length");
		}
	}

	/**
	 * Accepts {@code 0403.019.261}, {@code BE 0403 019 261}, {@code 403019261} and the
	 * like.
	 */
	public static EnterpriseNumber parse(String text) {
		String trimmed = text.strip();
		if (trimmed.regionMatches(true, 0, "BE", 0, 2)) {
			trimmed = trimmed.substring(2);
		}
		String digits = Digits.of(trimmed, "enterprise-number");
		if (digits.length() == 9) {
			digits = "0" + digits;
		}
		EnterpriseNumber number = new EnterpriseNumber(digits);
		if (digits.charAt(0) > '1') {
			throw new InvalidValue("enterprise-number.first-digit");
		}
		long first = Long.parseLong(digits.substring(0, 8));
		if (97 - (first % 97) != Integer.parseInt(digits.substring(8))) {
			throw new InvalidValue("enterprise-number.checksum");
		}
		return number;
	}

	/** The printed form, {@code 0403.019.261}. */
	public String formatted() {
		return this.digits.substring(0, 4) + '.' + this.digits.substring(4, 7) + '.' + this.digits.substring(7);
	}

	/** The VAT number, {@code BE0403019261}. */
	public String vat() {
		return "BE" + this.digits;
	}

}
