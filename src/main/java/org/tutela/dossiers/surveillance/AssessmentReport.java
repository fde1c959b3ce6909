package org.tutela.dossiers.surveillance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The form as the employer and the worker receive it: worker and employer, workstation or
 * activity, the date of the examination, the decision with the measures advised, the next
 * assessment and the physician. There is no place for a finding here.
 */
public record AssessmentReport(UUID examination, String reference, String workerName,
		@Nullable LocalDate workerBirthDate, String employerName, @Nullable String workstation, LocalDate examinedOn,
		Assessment assessment, String physicianName, @Nullable Instant issuedAt) {

}
