package org.tutela.people;

import org.jspecify.annotations.Nullable;

/**
 * An e-mail address or phone number as entered. A private one needs
 * {@code privateConsent}: the person agreed explicitly to it being kept (VCK-1).
 */
public record NewContact(@Nullable String value, @Nullable ContactUsage usage, @Nullable Boolean privateConsent) {

	public static NewContact business(String value) {
		return new NewContact(value, ContactUsage.BUSINESS, false);
	}

	public boolean consented() {
		return Boolean.TRUE.equals(this.privateConsent);
	}

}
