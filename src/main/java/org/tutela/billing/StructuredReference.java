package org.tutela.billing;

import java.util.regex.Pattern;

/**
 * A Belgian structured communication (OGM/VCS), the payment reference a bank matches a
 * transfer by: ten digits and a check of two, the ten modulo 97 with 0 written as 97,
 * printed {@code +++DDD/DDDD/DDDDD+++} (Febelfin; the rule as in python-stdnum's
 * {@code stdnum/be/ogm_vcs.py}).
 */
public record StructuredReference(String digits) {

	private static final Pattern TWELVE_DIGITS = Pattern.compile("\\d{12}");

	public StructuredReference {
		if (!TWELVE_DIGITS.matcher(digits).matches() || !check(digits.substring(0, 10)).equals(digits.substring(10))) {
			throw new IllegalArgumentException("not a structured communication");
		}
	}

	/** The reference for a number of up to ten digits, with its check added. */
	public static StructuredReference of(long number) {
		if (number < 0 || number > 9_999_999_999L) {
			throw new IllegalArgumentException("a structured communication holds ten digits");
		}
		String ten = String.format("%010d", number);
		return new StructuredReference(ten + check(ten));
	}

	/**
	 * The reference as written by a person or a bank, with or without its plus signs,
	 * slashes and spaces.
	 * @throws IllegalArgumentException when it is not a valid one
	 */
	public static StructuredReference parse(String written) {
		String digits = written.replaceAll("[+/\\s]", "");
		return new StructuredReference(digits);
	}

	private static String check(String ten) {
		long remainder = Long.parseLong(ten) % 97;
		return String.format("%02d", remainder == 0 ? 97 : remainder);
	}

	/** As printed on an invoice: {@code +++010/8068/17183+++}. */
	@Override
	public String toString() {
		return "+++" + this.digits.substring(0, 3) + "/" + this.digits.substring(3, 7) + "/" + this.digits.substring(7)
				+ "+++";
	}

}
