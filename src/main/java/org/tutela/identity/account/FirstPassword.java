package org.tutela.identity.account;

import java.security.SecureRandom;

/**
 * A random first password, handed to a new account's holder once and replaced at their
 * first login: 24 characters from an alphabet without look-alikes, about 140 bits.
 */
public final class FirstPassword {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private static final int LENGTH = 24;

	private static final SecureRandom RANDOM = new SecureRandom();

	private FirstPassword() {
	}

	public static String generate() {
		StringBuilder password = new StringBuilder();
		for (int i = 0; i < LENGTH; i++) {
			password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

}
