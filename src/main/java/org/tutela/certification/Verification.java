package org.tutela.certification;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the public verification page shows of a certificate, and nothing more: the
 * holder's name, the course, the completion date, and whether it is valid or expired
 * today.
 */
public record Verification(String holderName, String courseTitle, LocalDate completedOn, @Nullable LocalDate validUntil,
		boolean valid) {
}
