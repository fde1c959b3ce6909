package org.tutela.platform.crypto;

import java.util.Locale;

/**
 * A keyed one-way hash: the same domain and value always give the same text, and without
 * the key nobody can compute it or reverse it. Used for blind indexes (exact-match lookup
 * of encrypted fields) and for the pseudonyms the audit trail names persons by (MEN-10).
 */
public interface KeyedHash {

	/**
	 * Hashes a value within a domain; different domains give unrelated results for the
	 * same value, so an index on one column cannot be joined with another.
	 */
	String hash(String domain, String value);

	/**
	 * Hashes an e-mail address within a domain as written in any case and with any
	 * surrounding space, so that the same mailbox always gives the same text.
	 */
	default String address(String domain, String address) {
		return hash(domain, address.strip().toLowerCase(Locale.ROOT));
	}

}
