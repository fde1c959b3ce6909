package org.tutela.requests.deadline;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tutela.platform.holidays.PublicHolidays;
import org.tutela.register.PolicyPack;
import org.tutela.register.Register;
import org.tutela.register.RequestDeadline;

/**
 * When a request must be answered, counted as Regulation 1182/71 says: from the day after
 * receipt (Art. 3(1)), a month ending on the same date or the month's last day (Art.
 * 3(2)(c)), and a period ending on a weekend or public holiday of the controller's
 * country moving to the next working day (Art. 3(4)). The period is the pack's: one month
 * (GDPR Art. 12(3)), or the stricter 30 days or 4 weeks a policy promises; an extension
 * adds two months (Art. 12(3)).
 */
@Component
public class Deadlines {

	/** GDPR Art. 12(3): "a further two months where necessary". */
	static final int EXTENSION_MONTHS = 2;

	private static final Logger log = LoggerFactory.getLogger(Deadlines.class);

	private final RequestDeadline period;

	private final String country;

	public Deadlines(Register register) {
		PolicyPack pack = register.pack();
		this.period = pack.requestDeadline();
		this.country = pack.home();
		if (!PublicHolidays.known(this.country)) {
			log.warn("No public holidays known for {}: request deadlines move past weekends only", this.country);
		}
	}

	public LocalDate due(LocalDate received) {
		return PublicHolidays.workingDayFrom(this.period.from(received), this.country);
	}

	/**
	 * The latest day an extended request may be answered. A period in months is counted
	 * as one period of three from receipt, so a month's end is clamped once (31 January:
	 * 30 April).
	 */
	public LocalDate extended(LocalDate received) {
		LocalDate end = this.period.unit() == RequestDeadline.Unit.MONTHS
				? received.plusMonths(this.period.amount() + EXTENSION_MONTHS)
				: this.period.from(received).plusMonths(EXTENSION_MONTHS);
		return PublicHolidays.workingDayFrom(end, this.country);
	}

	public RequestDeadline period() {
		return this.period;
	}

}
