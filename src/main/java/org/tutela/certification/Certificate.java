package org.tutela.certification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.catalog.Session;
import org.tutela.certification.archive.VerificationCodes;
import org.tutela.enrolment.Registration;
import org.tutela.people.Addressee;
import org.tutela.personaldata.PersonId;

/**
 * A certificate as issued: to whom, for which course and session, the code anyone can
 * verify it with, when the course was completed and until when the certificate is valid
 * (open-ended when the course needs no refresher).
 */
public record Certificate(UUID id, UUID registration, PersonId person, UUID session, String code, String holderName,
		String courseCode, String courseTitle, LocalDate completedOn, @Nullable LocalDate validUntil,
		Instant issuedAt) {

	/**
	 * A new certificate for a participant who completed the session: a fresh verification
	 * code, the holder's name and the course title in their language, valid from the last
	 * day for as long as the course says.
	 */
	public static Certificate completed(Session session, Registration registration, Addressee holder, Instant now) {
		Integer months = session.course().validityMonths();
		return new Certificate(UUID.randomUUID(), registration.id(), registration.participant(), session.id(),
				VerificationCodes.next(), holder.fullName(), session.course().code(),
				session.course().title(Locale.forLanguageTag(holder.language())), session.lastDay(),
				months == null ? null : session.lastDay().plusMonths(months), now);
	}

	public boolean validOn(LocalDate day) {
		return this.validUntil == null || !day.isAfter(this.validUntil);
	}

}
