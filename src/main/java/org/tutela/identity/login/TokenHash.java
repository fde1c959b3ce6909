package org.tutela.identity.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How random single-use secrets (recovery codes, sign-in links) are stored: SHA-256 in hex.
 * Their entropy is far beyond guessing, so no slow password hash is needed (ASVS 6.5.2).
 */
public final class TokenHash {

	private TokenHash() {
	}

	public static String of(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
