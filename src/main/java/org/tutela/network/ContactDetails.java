package org.tutela.network;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What staff record of a contact beyond the person's record: how the contact began, the
 * company's website, and a private address, which needs the wording the person agreed to
 * and where the signed form or their e-mail is kept (VCK-1).
 */
public record ContactDetails(@Nullable String began, @Nullable LocalDate beganOn, @Nullable String website,
		@Nullable String privateStreet, @Nullable String privatePostcode, @Nullable String privateCity,
		@Nullable String privateCountry, @Nullable String consentWording, @Nullable String consentProof) {

	boolean givesPrivateAddress() {
		return filled(this.privateStreet) || filled(this.privatePostcode) || filled(this.privateCity);
	}

	static boolean filled(@Nullable String text) {
		return text != null && !text.isBlank();
	}

}
