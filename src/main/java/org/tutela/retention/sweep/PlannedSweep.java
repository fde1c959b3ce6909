package org.tutela.retention.sweep;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.ExpiringRecords;
import org.tutela.personaldata.ExpiringRecords.Kind;
import org.tutela.register.RetentionRule;

/**
 * One rule of an activity applied to one kind of record kept for one purpose, or, where
 * no module here keeps records the rule reaches, the rule alone ({@code records} and
 * {@code kind} null). The kind is as the module described it when the day's plan was
 * made.
 */
public record PlannedSweep(String activity, RetentionRule rule, @Nullable ExpiringRecords records, @Nullable Kind kind,
		@Nullable String purpose, Anchor event, LocalDate cutoff) {
}
