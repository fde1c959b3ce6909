package org.tutela.people;

/**
 * The country the organisation is established in, where a phone number written without
 * its country prefix is taken to be; the register answers it from the active pack's
 * controller.
 */
public interface HomeCountry {

	/** An ISO 3166 code, {@code BE}. */
	String country();

}
