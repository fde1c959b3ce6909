package org.tutela.people.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The values a form sent, read as the form's fields: text as typed, trimmed; a date, a
 * choice or a chosen record, each naming its field when it cannot be read.
 */
record SentForm(MultiValueMap<String, String> values) {

	String text(String name) {
		String value = this.values.getFirst(name);
		return value == null ? "" : value.strip();
	}

	boolean ticked(String name) {
		return "true".equals(text(name));
	}

	static @Nullable String given(String value) {
		return value.isEmpty() ? null : value;
	}

	static @Nullable LocalDate day(String field, String value, List<FieldError> errors) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException unreadable) {
			errors.add(new FieldError(field, "date"));
			return null;
		}
	}

	static <E extends Enum<E>> @Nullable E choice(Class<E> choices, String field, String value,
			List<FieldError> errors) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			return Enum.valueOf(choices, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			errors.add(new FieldError(field, "people.choice"));
			return null;
		}
	}

	static @Nullable UUID id(String field, String value, List<FieldError> errors) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException unreadable) {
			errors.add(new FieldError(field, "people.organisation-unknown"));
			return null;
		}
	}

}
