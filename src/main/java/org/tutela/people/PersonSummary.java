package org.tutela.people;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One line of a search result. */
public record PersonSummary(UUID id, String firstName, String lastName, @Nullable LocalDate birthDate,
		@Nullable String email) {
}
