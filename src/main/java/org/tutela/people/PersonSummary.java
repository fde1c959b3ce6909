package org.tutela.people;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.tutela.personaldata.PersonId;

/** One line of a search result. */
public record PersonSummary(PersonId id, String firstName, String lastName, @Nullable LocalDate birthDate,
		@Nullable String email) {
}
