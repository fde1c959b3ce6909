package org.tutela.platform.crypto;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Unguessable tokens for links sent by e-mail (confirmation, cancellation, evaluation):
 * 192 random bits, URL-safe; longer ones for keys that live longer. Only their SHA-256 is
 * stored, so a database copy opens no link.
 */
public final class RandomTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private RandomTokens() {
	}

	public static String next() {
		return next(24);
	}

	/** A token of this many random bytes, URL-safe. */
	public static String next(int randomBytes) {
		byte[] bytes = new byte[randomBytes];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
