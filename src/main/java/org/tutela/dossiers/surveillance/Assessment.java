package org.tutela.dossiers.surveillance;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * The conclusion of an examination: what the form tells the employer and the worker. The
 * decision, the day its period ends, the measures or adapted work advised and the date of
 * the next assessment; never the findings.
 */
public record Assessment(AssessmentForm form, Decision decision, @Nullable LocalDate until, @Nullable String measures,
		@Nullable LocalDate nextOn) {

}
