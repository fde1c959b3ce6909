package org.tutela.enrolment;

import org.jspecify.annotations.Nullable;

/** Where a form came from, recorded with the registration (MEZ-1) and with any consent given on it. */
public record Origin(@Nullable String ipAddress, @Nullable String userAgent, String language) {
}
