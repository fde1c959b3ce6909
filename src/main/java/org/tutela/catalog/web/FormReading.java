package org.tutela.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.tutela.catalog.VatTreatment;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * What was typed in a catalogue form, read into what each field holds: a day, an hour, a
 * whole number, an amount in euros, how something is taxed or a choice. A field that
 * cannot be read is noted with its broken rule, so that every one is named beside its
 * field at once.
 */
final class FormReading {

	private static final BigDecimal MOST_EUROS = BigDecimal.valueOf(10_000_000);

	private final List<FieldError> errors = new ArrayList<>();

	/** What was typed in the field, without surrounding spaces; empty if nothing. */
	static String typed(MultiValueMap<String, String> sent, String field) {
		String value = sent.getFirst(field);
		return value == null ? "" : value.strip();
	}

	/** The choices ticked in a field that takes several. */
	static List<String> ticked(MultiValueMap<String, String> sent, String field) {
		return sent.getOrDefault(field, List.of()).stream().filter(value -> !value.isBlank()).toList();
	}

	void refuse(String field, String code) {
		this.errors.add(new FieldError(field, code));
	}

	void required(String field, String value) {
		if (value.isEmpty()) {
			refuse(field, "required");
		}
	}

	@Nullable String text(String value) {
		return value.isEmpty() ? null : value;
	}

	@Nullable LocalDate day(String field, String value, boolean required) {
		if (value.isEmpty()) {
			if (required) {
				refuse(field, "required");
			}
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException unreadable) {
			refuse(field, "date");
			return null;
		}
	}

	@Nullable LocalTime time(String field, String value) {
		if (value.isEmpty()) {
			refuse(field, "required");
			return null;
		}
		try {
			return LocalTime.parse(value);
		}
		catch (DateTimeParseException unreadable) {
			refuse(field, "time");
			return null;
		}
	}

	/** A whole number, or nothing when the field is left empty. */
	@Nullable Integer number(String field, String value) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			return Integer.valueOf(value);
		}
		catch (NumberFormatException unreadable) {
			refuse(field, "catalog.number");
			return null;
		}
	}

	/** How many people a room or a session takes: from 1 to 10,000. */
	@Nullable Integer capacity(String field, String value) {
		try {
			int parsed = Integer.parseInt(value);
			if (parsed >= 1 && parsed <= 10_000) {
				return parsed;
			}
		}
		catch (NumberFormatException unreadable) {
			// named below
		}
		refuse(field, "catalog.capacity");
		return null;
	}

	/**
	 * An amount in euros, with a point or a comma before the cents, in cents; nothing
	 * when the field is left empty.
	 */
	@Nullable Long cents(String field, String value) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			BigDecimal euros = new BigDecimal(value.replace(',', '.'));
			if (euros.signum() >= 0 && euros.scale() <= 2 && euros.compareTo(MOST_EUROS) < 0) {
				return euros.movePointRight(2).longValueExact();
			}
		}
		catch (NumberFormatException | ArithmeticException unreadable) {
			// named below
		}
		refuse(field, "catalog.amount");
		return null;
	}

	/** How a course is taxed, as chosen; nothing when no choice is sent. */
	@Nullable VatTreatment vat(String field, String value) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			return VatTreatment.valueOf(value);
		}
		catch (IllegalArgumentException unknown) {
			refuse(field, "catalog.vat");
			return null;
		}
	}

	/** One of the things offered in a list, by its id; nothing when none is chosen. */
	@Nullable UUID id(String field, String value, String code) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException unreadable) {
			refuse(field, code);
			return null;
		}
	}

	/** Refuses the form when a field could not be read. */
	void check() {
		if (!this.errors.isEmpty()) {
			throw new InvalidInput(this.errors);
		}
	}

}
