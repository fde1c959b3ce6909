package org.tutela.dossiers;

import java.security.SecureRandom;

/**
 * The short reference staff and the persons concerned quote for a file: a prefix and
 * eight characters no reader confuses.
 */
public final class FileReference {

	/** Capitals and digits no reader confuses: no 0/O, 1/I/L. */
	private static final String CHARACTERS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	private FileReference() {
	}

	/** A new reference such as {@code AC-7KQ4M2XH}. */
	public static String next(String prefix) {
		StringBuilder reference = new StringBuilder(prefix);
		for (int i = 0; i < 8; i++) {
			reference.append(CHARACTERS.charAt(RANDOM.nextInt(CHARACTERS.length())));
		}
		return reference.toString();
	}

}
