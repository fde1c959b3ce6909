package org.tutela.retention.sweep;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.ExpiringRecords;
import org.tutela.personaldata.ExpiringRecords.Due;
import org.tutela.personaldata.ExpiringRecords.Kind;
import org.tutela.personaldata.RetentionAction;
import org.tutela.register.RetentionRule;
import org.tutela.register.RetentionRule.Condition;

/**
 * One rule of an activity applied to one kind of record kept for one purpose, or, where
 * no module here keeps records the rule reaches, the rule alone ({@code records} and
 * {@code kind} null). The kind is as the module described it when the day's plan was
 * made. A sweep of records that {@link ExpiringRecords#leaveTheirPersons() leave their
 * persons} is followed by one whose {@code personsLeft} is set: the persons those records
 * leave behind, removed in the same batches (decision 022), on a line of their own.
 */
public record PlannedSweep(String activity, RetentionRule rule, @Nullable ExpiringRecords records, @Nullable Kind kind,
		@Nullable String purpose, Anchor event, LocalDate cutoff, boolean personsLeft) {

	public PlannedSweep(String activity, RetentionRule rule, @Nullable ExpiringRecords records, @Nullable Kind kind,
			@Nullable String purpose, Anchor event, LocalDate cutoff) {
		this(activity, rule, records, kind, purpose, event, cutoff, false);
	}

	/**
	 * The line of the persons this sweep's records leave behind, with the persons' kind.
	 */
	PlannedSweep leaving(ExpiringRecords persons) {
		Kind theirs = persons.kind();
		return new PlannedSweep(
				this.activity, this.rule, persons, new Kind(theirs.module(), "persons registered by a public form",
						theirs.purposes(), theirs.events(), Set.of(RetentionAction.DELETE)),
				this.purpose, this.event, this.cutoff, true);
	}

	/**
	 * The next records due after {@code after}: those of the rule's condition, where it
	 * has one.
	 */
	List<Due> due(ExpiringRecords from, @Nullable String after, int limit) {
		Condition condition = this.rule.condition();
		return condition == Condition.ALWAYS
				? from.due(this.purpose, this.event, this.cutoff, this.rule.action(), after, limit)
				: from.due(this.purpose, this.event, this.cutoff, this.rule.action(),
						condition == Condition.WITH_CONSENT, after, limit);
	}

}
