package org.tutela.retention.sweep;

import java.time.LocalDate;

import org.tutela.register.RetentionRule;

/**
 * Which records a rule reaches on a day: those whose event happened on or before the
 * cutoff, the last day whose due day ({@link RetentionRule#dueFrom}) is already past. So
 * the action comes the day after the period ends: "delete 0 days after session end" the
 * day after the session, "anonymise 10 years after end of calendar year of session" on 1
 * January of the eleventh year.
 */
final class Cutoffs {

	private Cutoffs() {
	}

	/**
	 * The last event day the rule has run out for by {@code today}. Exact also where
	 * adding months or years clamps to a month's end: 29 February plus a year is 28
	 * February.
	 */
	static LocalDate lastDue(RetentionRule rule, LocalDate today) {
		if (rule.anchor().fromYearEnd()) {
			int year = today.minus(rule.period()).getYear() + 1;
			while (!rule.dueFrom(LocalDate.of(year, 12, 31)).isBefore(today)) {
				year--;
			}
			return LocalDate.of(year, 12, 31);
		}
		LocalDate day = today.minus(rule.period());
		while (!rule.dueFrom(day).isBefore(today)) {
			day = day.minusDays(1);
		}
		while (rule.dueFrom(day.plusDays(1)).isBefore(today)) {
			day = day.plusDays(1);
		}
		return day;
	}

}
