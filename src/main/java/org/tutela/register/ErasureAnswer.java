package org.tutela.register;

/** What an erasure request does to the data of a purpose. */
public enum ErasureAnswer {

	ERASE, ANONYMISE, ARCHIVE,
	/**
	 * The data must be kept by law; the request is refused for this purpose, with that
	 * reason.
	 */
	REFUSE_LEGAL_OBLIGATION

}
