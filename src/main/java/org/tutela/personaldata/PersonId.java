package org.tutela.personaldata;

import java.util.Objects;
import java.util.UUID;

/**
 * A person as the catalogue and the modules' privacy answers name them: the id of their
 * record in the people module, never to be confused with the id of a registration, an
 * account or an organisation.
 */
public record PersonId(UUID value) {

	public PersonId {
		Objects.requireNonNull(value, "a person's id");
	}

	public static PersonId of(UUID value) {
		return new PersonId(value);
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
