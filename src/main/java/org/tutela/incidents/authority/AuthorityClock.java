package org.tutela.incidents.authority;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.tutela.platform.holidays.PublicHolidays;

/**
 * The two clocks of MEN-22 with the pack's lengths: the client informed within business
 * days (Monday to Friday without the public holidays of the controller's country, counted
 * from the day after receipt: received on Friday, due on Wednesday), and the objection
 * window in hours from the moment the client was informed, which runs straight through
 * weekends and holidays (Regulation 1182/71 Art. 3(4) moves only periods not expressed in
 * hours).
 */
public record AuthorityClock(int businessDays, int objectionHours, String country, ZoneId zone) {

	/** Whether the pack keeps these clocks at all. */
	public boolean kept() {
		return this.businessDays > 0;
	}

	/** The last day the client may be informed of a request received at that moment. */
	public LocalDate informBy(Instant received) {
		LocalDate day = LocalDate.ofInstant(received, this.zone);
		for (int counted = 0; counted < this.businessDays; counted++) {
			day = PublicHolidays.workingDayFrom(day.plusDays(1), this.country);
		}
		return day;
	}

	/** The moment the client's window to object closes. */
	public Instant objectionUntil(Instant informed) {
		return informed.plus(Duration.ofHours(this.objectionHours));
	}

}
