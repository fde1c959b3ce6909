package org.tutela.register;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.RetentionAction;

/**
 * How long data of a purpose is kept, in words a person can read aloud:
 * {@code anonymise 10 years after end of calendar year of session},
 * {@code delete 1 year after collection with consent}. The retention engine computes the
 * due date from the anchor's date.
 */
public record RetentionRule(RetentionAction action, Period period, Anchor anchor, Condition condition) {

	public enum Condition {

		ALWAYS(""), WITH_CONSENT(" with consent"), WITHOUT_CONSENT(" without consent");

		private final String words;

		Condition(String words) {
			this.words = words;
		}

		public String words() {
			return this.words;
		}

	}

	/** The day the action is due, given the anchor's date. */
	public LocalDate dueFrom(LocalDate anchorDate) {
		LocalDate start = this.anchor.fromYearEnd() ? LocalDate.of(anchorDate.getYear(), 12, 31) : anchorDate;
		return start.plus(this.period);
	}

	@Override
	public String toString() {
		return this.action.name().toLowerCase(Locale.ROOT) + " " + periodWords() + " after " + this.anchor.words()
				+ this.condition.words();
	}

	/** The unit the period was written in. */
	public ChronoUnit unit() {
		if (this.period.getYears() > 0) {
			return ChronoUnit.YEARS;
		}
		if (this.period.getMonths() > 0) {
			return ChronoUnit.MONTHS;
		}
		return this.period.getDays() % 7 == 0 && this.period.getDays() > 0 ? ChronoUnit.WEEKS : ChronoUnit.DAYS;
	}

	/** The number of {@link #unit()}s. */
	public int amount() {
		return switch (unit()) {
			case YEARS -> this.period.getYears();
			case MONTHS -> this.period.getMonths();
			case WEEKS -> this.period.getDays() / 7;
			default -> this.period.getDays();
		};
	}

	private String periodWords() {
		String unit = unit().name().toLowerCase(Locale.ROOT);
		return amount() + " " + (amount() == 1 ? unit.substring(0, unit.length() - 1) : unit);
	}

}
