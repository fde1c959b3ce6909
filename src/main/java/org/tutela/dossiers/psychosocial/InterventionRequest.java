package org.tutela.dossiers.psychosocial;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A request for formal psychosocial intervention as the adviser types it in: the
 * applicant, their employer, the kind of request, the day it was submitted, the
 * applicant's account of the facts and the persons directly involved.
 */
public record InterventionRequest(@Nullable String firstName, @Nullable String lastName, @Nullable LocalDate birthDate,
		@Nullable String nationalNumber, @Nullable String language, @Nullable String employer, @Nullable CaseKind kind,
		@Nullable LocalDate submittedOn, @Nullable String account, @Nullable String involved) {

}
