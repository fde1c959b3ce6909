package org.tutela.personaldata;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * A person as every module's API names them: the id of their record in the people module,
 * never to be confused with the id of a registration, an account or an organisation.
 * Stores bind {@link #value()}; JSON carries the bare id.
 */
public record PersonId(@JsonValue UUID value) {

	public PersonId {
		Objects.requireNonNull(value, "a person's id");
	}

	public static PersonId of(UUID value) {
		return new PersonId(value);
	}

	/** The person of a column that may be empty, as an anonymised row's is. */
	public static @Nullable PersonId ofNullable(@Nullable UUID value) {
		return value == null ? null : new PersonId(value);
	}

	public static PersonId random() {
		return new PersonId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
