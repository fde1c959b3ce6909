package org.tutela.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A certificate as issued: to whom, for which course and session, the code anyone can verify it
 * with, when the course was completed and until when the certificate is valid (open-ended when
 * the course needs no refresher).
 */
public record Certificate(UUID id, UUID registration, UUID person, UUID session, String code, String holderName,
		String courseCode, String courseTitle, LocalDate completedOn, @Nullable LocalDate validUntil, Instant issuedAt) {

	public boolean validOn(LocalDate day) {
		return this.validUntil == null || !day.isAfter(this.validUntil);
	}

}
