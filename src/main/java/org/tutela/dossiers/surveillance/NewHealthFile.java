package org.tutela.dossiers.surveillance;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the physician gives to open a health file: the employer, the worker (with the
 * national register number to find one already known), the workstation or activity, the
 * function and since when (section 1).
 */
public record NewHealthFile(@Nullable UUID organisation, @Nullable String firstName, @Nullable String lastName,
		@Nullable LocalDate birthDate, @Nullable String nationalNumber, @Nullable String workstation,
		@Nullable String jobFunction, @Nullable LocalDate employedSince) {

}
