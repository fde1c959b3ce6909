package org.tutela.requests.deadline;

import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.tutela.platform.PublicHolidays;
import org.tutela.register.PolicyPack;
import org.tutela.register.Register;
import org.tutela.register.RequestDeadline;

/**
 * When a request must be answered, counted as Regulation 1182/71 says: from the day after
 * receipt (Art. 3(1)), a month ending on the same date or the month's last day (Art. 3(2)(c)),
 * and a period ending on a weekend or public holiday of the controller's country moving to the
 * next working day (Art. 3(4)). The period is the pack's: one month (GDPR Art. 12(3)), or the
 * stricter 30 days or 4 weeks a policy promises; an extension adds two months (Art. 12(3)).
 */
@Component
public class Deadlines {

	/** GDPR Art. 12(3): "a further two months where necessary". */
	static final int EXTENSION_MONTHS = 2;

	private final RequestDeadline period;

	private final String country;

	public Deadlines(Register register) {
		PolicyPack pack = register.pack();
		this.period = pack.requestDeadline();
		this.country = pack.home();
	}

	public LocalDate due(LocalDate received) {
		return PublicHolidays.workingDayFrom(this.period.from(received), this.country);
	}

	/** The latest day an extended request may be answered. */
	public LocalDate extended(LocalDate received) {
		return PublicHolidays.workingDayFrom(this.period.from(received).plusMonths(EXTENSION_MONTHS), this.country);
	}

	public RequestDeadline period() {
		return this.period;
	}

}
