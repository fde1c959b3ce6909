package org.tutela.enrolment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Where a form came from, recorded with the registration (MEZ-1) and with any consent
 * given on it; {@code signedIn} is the person whose portal account sent it, when someone
 * was signed in.
 */
public record Origin(@Nullable String ipAddress, @Nullable String userAgent, String language, @Nullable UUID signedIn) {

	/** A form sent by a visitor who is not signed in. */
	public Origin(@Nullable String ipAddress, @Nullable String userAgent, String language) {
		this(ipAddress, userAgent, language, null);
	}

}
