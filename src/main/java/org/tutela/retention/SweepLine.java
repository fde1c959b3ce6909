package org.tutela.retention;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * One rule of the pack in a run: the activity and the rule in the pack's words, the kind
 * of record it reached in which module, the last event day that was due, how many records
 * it reached (or would reach, in a dry run), how many legal holds kept back, and how long
 * it took. Counts and kinds only: never who.
 */
public record SweepLine(String activity, String rule, @Nullable String module, @Nullable String kind,
		@Nullable LocalDate cutoff, long reached, long held, long millis, SweepOutcome outcome,
		@Nullable String failure) {
}
