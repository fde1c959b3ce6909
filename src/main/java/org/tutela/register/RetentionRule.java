package org.tutela.register;

import java.time.LocalDate;
import java.time.Period;
import java.util.Locale;

/**
 * How long data of a purpose is kept, in words a person can read aloud:
 * {@code anonymise 10 years after end of calendar year of session},
 * {@code delete 1 year after collection with consent}. The retention engine computes the due
 * date from the anchor's date.
 */
public record RetentionRule(Action action, Period period, Anchor anchor, Condition condition) {

	public enum Action {
		DELETE, ANONYMISE, ARCHIVE
	}

	/** The event the period counts from. */
	public enum Anchor {
		SESSION_END("session end"),
		END_OF_CALENDAR_YEAR_OF_SESSION("end of calendar year of session"),
		LAST_CONTACT("last contact"),
		END_OF_MEMBERSHIP("end of membership"),
		END_OF_CLIENT_CONTRACT("end of client contract"),
		REQUEST_CLOSED("request closed"),
		INCIDENT_DATE("incident date"),
		COLLECTION("collection"),
		WITHDRAWAL_OR_OBJECTION("withdrawal or objection");

		private final String words;

		Anchor(String words) {
			this.words = words;
		}

		public String words() {
			return this.words;
		}
	}

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
		LocalDate start = this.anchor == Anchor.END_OF_CALENDAR_YEAR_OF_SESSION
				? LocalDate.of(anchorDate.getYear(), 12, 31) : anchorDate;
		return start.plus(this.period);
	}

	@Override
	public String toString() {
		return this.action.name().toLowerCase(Locale.ROOT) + " " + periodWords() + " after " + this.anchor.words()
				+ this.condition.words();
	}

	private String periodWords() {
		if (this.period.getYears() > 0) {
			return plural(this.period.getYears(), "year");
		}
		if (this.period.getMonths() > 0) {
			return plural(this.period.getMonths(), "month");
		}
		int days = this.period.getDays();
		return days % 7 == 0 && days > 0 ? plural(days / 7, "week") : plural(days, "day");
	}

	private static String plural(int amount, String unit) {
		return amount + " " + unit + (amount == 1 ? "" : "s");
	}

}
