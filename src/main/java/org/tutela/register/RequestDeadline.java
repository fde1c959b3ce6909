package org.tutela.register;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The period to answer a data-subject request: one month (GDPR Art. 12(3)), or a stricter
 * 30 days or 4 weeks a policy promises. Counting from the day after receipt (Regulation
 * 1182/71 Art. 3(1)); working-day shifts are left to the requests module.
 */
public record RequestDeadline(int amount, Unit unit) {

	public enum Unit {

		DAYS, WEEKS, MONTHS

	}

	public LocalDate from(LocalDate received) {
		return switch (this.unit) {
			case DAYS -> received.plusDays(this.amount);
			case WEEKS -> received.plusWeeks(this.amount);
			case MONTHS -> received.plusMonths(this.amount);
		};
	}

	@Override
	public String toString() {
		String unit = this.unit.name().toLowerCase(Locale.ROOT);
		return this.amount + " " + (this.amount == 1 ? unit.substring(0, unit.length() - 1) : unit);
	}

}
