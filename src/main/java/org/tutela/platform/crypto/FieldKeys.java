package org.tutela.platform.crypto;

/** The keys behind {@link FieldCipher}: rotation and how far re-encryption has come. */
public interface FieldKeys {

	/**
	 * Makes a new key current. Old keys stay to decrypt values not yet moved; the
	 * scheduled re-encryption (or {@link #reEncrypt()}) moves them. Only for keys kept in
	 * the data directory; in production the new keyset is given in the configuration.
	 */
	void rotate();

	/** How many stored values are still encrypted under an earlier key. */
	long valuesUnderOldKeys();

	/** Re-encrypts every value still under an earlier key; returns how many it moved. */
	long reEncrypt();

}
