package org.tutela.enrolment;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A registration as filled in on the public form, in the portal or through the API.
 * Fields the form does not ask for this course are ignored. {@code remarkConsent} is the
 * explicit consent a remark (health data) needs; {@code marketing} the unticked box, with
 * the wording it showed.
 */
public record RegistrationForm(@Nullable String firstName, @Nullable String lastName, @Nullable String email,
		@Nullable String phone, @Nullable LocalDate birthDate, @Nullable String jobFunction,
		@Nullable String nationalNumber, @Nullable String remark, @Nullable Boolean remarkConsent,
		@Nullable Boolean marketing, @Nullable UUID wording) {

	/** Whether the explicit consent for the remark was given; left out counts as no. */
	public boolean consentsToRemark() {
		return Boolean.TRUE.equals(this.remarkConsent);
	}

	/** Whether the marketing box was ticked; left out counts as no. */
	public boolean wantsMarketing() {
		return Boolean.TRUE.equals(this.marketing);
	}

}
