package org.tutela.people;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What a rectification changes in a person's record (GDPR Art. 16): a field left null
 * stays as it is; an empty second name or job function removes it.
 */
public record Correction(@Nullable String firstName, @Nullable String secondName, @Nullable String lastName,
		@Nullable LocalDate birthDate, @Nullable String language, @Nullable String jobFunction) {
}
