package org.tutela.incidents;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.tutela.incidents.authority.AuthorityClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The clocks of MEN-22: business days skip weekends and the public holidays of the
 * controller's country; the objection window in hours runs through both.
 */
class AuthorityClockTests {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private static final AuthorityClock BELGIUM = new AuthorityClock(3, 72, "BE", BRUSSELS);

	private static final AuthorityClock NETHERLANDS = new AuthorityClock(3, 72, "NL", BRUSSELS);

	@Test
	void receivedOnFridayTheClientIsInformedByWednesday_MEN22() {
		assertThat(BELGIUM.informBy(at(LocalDate.of(2026, 12, 4), 10))).isEqualTo(LocalDate.of(2026, 12, 9));
		assertThat(BELGIUM.informBy(at(LocalDate.of(2027, 1, 15), 23))).isEqualTo(LocalDate.of(2027, 1, 20));
	}

	@Test
	void publicHolidaysOfTheControllersCountryAreNotBusinessDays() {
		// Christmas on a Friday, then the weekend.
		assertThat(BELGIUM.informBy(at(LocalDate.of(2026, 12, 24), 9))).isEqualTo(LocalDate.of(2026, 12, 30));
		// King's Day 2027 is a Tuesday in the Netherlands, a working day in Belgium.
		assertThat(BELGIUM.informBy(at(LocalDate.of(2027, 4, 23), 9))).isEqualTo(LocalDate.of(2027, 4, 28));
		assertThat(NETHERLANDS.informBy(at(LocalDate.of(2027, 4, 23), 9))).isEqualTo(LocalDate.of(2027, 4, 29));
	}

	@Test
	void theObjectionWindowRunsStraightThroughTheWeekend() {
		Instant friday = at(LocalDate.of(2026, 12, 4), 16);
		assertThat(BELGIUM.objectionUntil(friday)).isEqualTo(at(LocalDate.of(2026, 12, 7), 16));
	}

	@Test
	void aPackWithoutTheClockKeepsNoRequests() {
		assertThat(new AuthorityClock(0, 0, "BE", BRUSSELS).kept()).isFalse();
		assertThat(BELGIUM.kept()).isTrue();
	}

	private static Instant at(LocalDate day, int hour) {
		return day.atTime(hour, 0).atZone(BRUSSELS).toInstant();
	}

}
