package org.tutela.identity.login;

import org.tutela.platform.crypto.Sha256;

/**
 * How random single-use secrets (recovery codes, sign-in links) are stored: SHA-256 in
 * hex. Their entropy is far beyond guessing, so no slow password hash is needed (ASVS
 * 6.5.2).
 */
public final class TokenHash {

	private TokenHash() {
	}

	public static String of(String token) {
		return Sha256.hex(token);
	}

}
