package org.tutela.dossiers.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.dossiers.Answer;
import org.tutela.dossiers.Certificate;
import org.tutela.dossiers.ControlOrder;
import org.tutela.dossiers.IncapacityNature;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The order form as the portal sent it, every field as typed, so that a refused form
 * comes back with what was typed; a day or a choice that cannot even be read is named in
 * {@code errors}.
 */
record OrderForm(@Nullable String organisation, @Nullable String firstName, @Nullable String lastName,
		@Nullable String language, @Nullable String birthDate, @Nullable String nationalNumber,
		@Nullable String personnelNumber, @Nullable String substituteNumber, @Nullable String street,
		@Nullable String postcode, @Nullable String city, @Nullable String country, @Nullable String phone,
		@Nullable String incapacityFrom, @Nullable String incapacityUntil, @Nullable String certificate,
		@Nullable String nature, @Nullable String mayLeaveHome, @Nullable String hospitalised,
		@Nullable String doctorName, @Nullable String doctorAddress, @Nullable String doctorPhone) {

	ControlOrder order(List<FieldError> errors) {
		return new ControlOrder(organisation(errors), this.firstName, this.lastName, this.language,
				day("birthDate", this.birthDate, errors), this.nationalNumber, this.personnelNumber,
				this.substituteNumber, this.street, this.postcode, this.city, this.country, this.phone,
				day("incapacityFrom", this.incapacityFrom, errors),
				day("incapacityUntil", this.incapacityUntil, errors),
				choice(Certificate.class, "certificate", this.certificate, errors),
				choice(IncapacityNature.class, "nature", this.nature, errors),
				choice(Answer.class, "mayLeaveHome", this.mayLeaveHome, errors),
				choice(Answer.class, "hospitalised", this.hospitalised, errors), this.doctorName, this.doctorAddress,
				this.doctorPhone);
	}

	private @Nullable UUID organisation(List<FieldError> errors) {
		if (blank(this.organisation)) {
			return null;
		}
		try {
			return UUID.fromString(this.organisation.strip());
		}
		catch (IllegalArgumentException unreadable) {
			errors.add(new FieldError("organisation", "control.not-your-organisation"));
			return null;
		}
	}

	private static @Nullable LocalDate day(String field, @Nullable String value, List<FieldError> errors) {
		if (blank(value)) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException unreadable) {
			errors.add(new FieldError(field, "date"));
			return null;
		}
	}

	private static <E extends Enum<E>> @Nullable E choice(Class<E> choices, String field, @Nullable String value,
			List<FieldError> errors) {
		if (blank(value)) {
			return null;
		}
		try {
			return Enum.valueOf(choices, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			errors.add(new FieldError(field, "control.choice"));
			return null;
		}
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
