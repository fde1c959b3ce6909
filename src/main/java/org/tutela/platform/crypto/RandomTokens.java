package org.tutela.platform.crypto;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Unguessable tokens for links sent by e-mail (confirmation, cancellation, evaluation):
 * 192 random bits, URL-safe. Only their SHA-256 is stored, so a database copy opens no
 * link.
 */
public final class RandomTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private RandomTokens() {
	}

	public static String next() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
