package org.tutela.retention;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.tutela.enrolment.Registration;
import org.tutela.outreach.MailingList;
import org.tutela.personaldata.PersonId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tutela.retention.RetentionFixtures.line;

/**
 * The online academy (SKI-2, SKI-3, SKI-10): registrations anonymised seven years after
 * the end of the year, for analyses on anonymised data; offers from past trainings
 * deleted a year after the last contact; job applications' rules, with and without
 * consent, reach the applications (RecruitmentTests).
 */
@SpringBootTest(properties = "tutela.policy.pack=online-academy")
class OnlineAcademyRetentionTests extends RetentionTest {

	@Test
	void registrationsSevenYearsAfterTheEndOfTheYearAndOffersAYearAfterTheLastContact_SKI2_SKI10() {
		Registration registration = this.fixtures.trained(LocalDate.of(2018, 4, 4), false);
		MailingList offers = this.fixtures.list("offers-from-past-trainings");
		PersonId person = this.requests.person("Sanne", "de Vries", "sanne+" + UUID.randomUUID() + "@example.nl");
		this.fixtures.subscribed(offers, person, LocalDate.of(2024, 12, 31), null);

		SweepRun kept = this.fixtures.sweep(LocalDate.of(2025, 12, 31));
		assertThat(this.fixtures.row(registration.id())).containsEntry("participant_id",
				registration.participant().value());
		assertThat(this.fixtures.subscribedNow(offers, person)).isTrue();
		assertThat(kept.lines()).filteredOn(line -> line.activity().equals("job-applications"))
			.extracting(SweepLine::rule, SweepLine::outcome)
			.containsExactly(
					tuple("delete 4 weeks after end of application procedure without consent", SweepOutcome.DONE),
					tuple("delete 1 year after end of application procedure with consent", SweepOutcome.DONE));

		SweepRun gone = this.fixtures.sweep(LocalDate.of(2026, 1, 1));
		assertThat(this.fixtures.row(registration.id())).containsEntry("participant_id", null)
			.containsEntry("session_id", registration.session());
		assertThat(this.fixtures.subscribedNow(offers, person)).isFalse();
		assertThat(line(gone, "registration", "registrations").rule())
			.isEqualTo("anonymise 7 years after end of calendar year of session");
	}

}
