package org.tutela.enrolment;

import org.jspecify.annotations.Nullable;
import org.tutela.personaldata.PersonId;

/**
 * Where a form came from, recorded with the registration (MEZ-1) and with any consent
 * given on it; {@code signedIn} is the person whose portal account sent it, when someone
 * was signed in.
 */
public record Origin(@Nullable String ipAddress, @Nullable String userAgent, String language,
		@Nullable PersonId signedIn) {

	/** A form sent by a visitor who is not signed in. */
	public Origin(@Nullable String ipAddress, @Nullable String userAgent, String language) {
		this(ipAddress, userAgent, language, null);
	}

}
