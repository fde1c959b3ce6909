package org.tutela.certification.archive;

import java.security.SecureRandom;
import java.util.Locale;

/**
 * Verification codes printed on certificates: twelve characters from an alphabet without
 * the ones people confuse (0/O, 1/I/L), in three groups: 31^12, about 59 bits, too many
 * to guess.
 */
public final class VerificationCodes {

	private static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private VerificationCodes() {
	}

	public static String next() {
		StringBuilder code = new StringBuilder(14);
		for (int i = 0; i < 12; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The code as typed: upper case, spaces and missing dashes forgiven. */
	public static String normalise(String typed) {
		String letters = typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
		if (letters.length() != 12) {
			return letters;
		}
		return letters.substring(0, 4) + "-" + letters.substring(4, 8) + "-" + letters.substring(8);
	}

}
