package org.tutela.requests;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.tutela.register.Register;
import org.tutela.requests.deadline.Deadlines;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The vectors of the domain notes (Belgian holidays), and the stricter periods of the
 * packs.
 */
class DeadlineTests {

	private static Deadlines of(String pack) {
		return new Deadlines(new Register(pack, ""));
	}

	@Test
	void oneMonthEndsOnTheNextBelgianWorkingDay_MEN16() {
		Deadlines month = of("prevention-service");
		assertThat(month.due(LocalDate.of(2026, 1, 31))).as("28 February is a Saturday")
			.isEqualTo(LocalDate.of(2026, 3, 2));
		assertThat(month.due(LocalDate.of(2026, 3, 6))).as("6 April is Easter Monday")
			.isEqualTo(LocalDate.of(2026, 4, 7));
		assertThat(month.due(LocalDate.of(2026, 4, 14))).as("14 May is Ascension Day")
			.isEqualTo(LocalDate.of(2026, 5, 15));
	}

	@Test
	void anExtensionAddsTwoMonthsToThePeriod_MEN16() {
		assertThat(of("prevention-service").extended(LocalDate.of(2026, 3, 6))).isEqualTo(LocalDate.of(2026, 6, 8));
		assertThat(of("prevention-service").extended(LocalDate.of(2026, 1, 31)))
			.as("three months from receipt, clamped once")
			.isEqualTo(LocalDate.of(2026, 4, 30));
	}

	@Test
	void stricterPeriodsOfThePacksApply_MEZ10_SKI12() {
		assertThat(of("training-company").due(LocalDate.of(2026, 11, 2))).isEqualTo(LocalDate.of(2026, 12, 2));
		assertThat(of("online-academy").due(LocalDate.of(2026, 11, 23))).as("4 weeks, in the Netherlands")
			.isEqualTo(LocalDate.of(2026, 12, 21));
		assertThat(of("online-academy").due(LocalDate.of(2026, 11, 27))).as("25 December is a Dutch holiday, then 26th")
			.isEqualTo(LocalDate.of(2026, 12, 28));
	}

}
