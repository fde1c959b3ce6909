package org.tutela.retention.sweep;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.tutela.platform.ExpiringRecords;
import org.tutela.register.RetentionRule;

/**
 * One rule of an activity applied to one kind of record kept for one purpose, or, where no
 * module here keeps records the rule reaches, the rule alone ({@code records} null).
 */
public record PlannedSweep(String activity, RetentionRule rule, @Nullable ExpiringRecords records, @Nullable String purpose,
		String event, LocalDate cutoff) {
}
