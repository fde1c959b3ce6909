package org.tutela.platform.holidays;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublicHolidaysTests {

	@Test
	void easterFollowsTheGregorianComputusForKnownYears() {
		assertThat(PublicHolidays.easter(2024)).isEqualTo(LocalDate.of(2024, 3, 31));
		assertThat(PublicHolidays.easter(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
		assertThat(PublicHolidays.easter(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
		assertThat(PublicHolidays.easter(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
	}

	@Test
	void belgianAndDutchCalendarsDifferWhereTheirLawsDo() {
		assertThat(PublicHolidays.holiday(LocalDate.of(2026, 7, 21), "BE")).isTrue();
		assertThat(PublicHolidays.holiday(LocalDate.of(2026, 7, 21), "NL")).isFalse();
		assertThat(PublicHolidays.holiday(LocalDate.of(2026, 4, 27), "NL")).isTrue();
		assertThat(PublicHolidays.holiday(LocalDate.of(2025, 4, 26), "NL")).as("27 April 2025 is a Sunday").isTrue();
		assertThat(PublicHolidays.holiday(LocalDate.of(2026, 12, 26), "BE")).isFalse();
		assertThat(PublicHolidays.holiday(LocalDate.of(2026, 5, 25), "BE")).as("Whit Monday").isTrue();
	}

	@Test
	void aWorkingDayStaysAndAHolidayWeekendMovesOn() {
		assertThat(PublicHolidays.workingDayFrom(LocalDate.of(2026, 11, 23), "BE"))
			.isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(PublicHolidays.workingDayFrom(LocalDate.of(2026, 12, 25), "NL"))
			.isEqualTo(LocalDate.of(2026, 12, 28));
		assertThat(PublicHolidays.workingDayFrom(LocalDate.of(2026, 12, 25), "LU"))
			.as("holidays unknown: weekends only")
			.isEqualTo(LocalDate.of(2026, 12, 25));
	}

}
