package org.tutela.retention;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.consent.ChoiceKind;
import org.tutela.consent.ConsentLedger;
import org.tutela.enrolment.Registration;
import org.tutela.inquiries.Receiving;
import org.tutela.inquiries.SentInquiry;
import org.tutela.outreach.MailingList;
import org.tutela.personaldata.PersonId;
import org.tutela.testing.PaperConsent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tutela.retention.RetentionFixtures.line;

/**
 * The online academy (SKI-2, SKI-3, SKI-10): registrations anonymised seven years after
 * the end of the year, for analyses on anonymised data; offers from past trainings
 * deleted a year after the last contact; job applications' rules, with and without
 * consent, reach the applications (RecruitmentTests); a person a public form registered
 * goes with the last message or application that keeps them.
 */
@SpringBootTest(properties = "tutela.policy.pack=online-academy")
class OnlineAcademyRetentionTests extends RetentionTest {

	private static final String FORM_PERSONS = "persons registered by a public form";

	@Autowired
	Receiving receiving;

	@Autowired
	ConsentLedger ledger;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aContactFormSenderGoesWithTheirLastMessageUnlessTheyHoldAConsentGiven_SKI10() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String asked = "ask+" + tag + "@example.nl";
		String consenting = "news+" + tag + "@example.nl";
		this.receiving.contact(
				new SentInquiry("trainings", null, "Ria", "Smit", asked, null, null, "Which course suits me?", "nl"));
		this.receiving.contact(new SentInquiry("trainings", null, "Bas", "Smit", consenting, null, null,
				"Which course suits him?", "nl"));
		this.receiving.contact(new SentInquiry("trainings", null, "Ria", "Smit", asked, null, null,
				"And which one after that?", "nl"));
		PersonId sender = sender(asked);
		PersonId subscriber = sender(consenting);
		this.ledger.record(subscriber, "newsletter", ChoiceKind.GIVEN, PaperConsent.signed(this.ledger, "newsletter"));
		LocalDate closed = LocalDate.of(2025, 3, 3);
		LocalDate later = closed.plusMonths(2);
		closeOn(asked, "Which course suits me?", closed);
		closeOn(consenting, "Which course suits him?", closed);
		closeOn(asked, "And which one after that?", later);

		this.fixtures.sweep(closed.plusYears(1));
		SweepRun first = this.fixtures.sweep(closed.plusYears(1).plusDays(1));
		assertThat(messages(asked)).as("the first message goes a year after it was closed").isEqualTo(1);
		assertThat(this.fixtures.personExists(sender)).as("the second message keeps its sender").isTrue();
		assertThat(messages(consenting)).isZero();
		assertThat(this.fixtures.personExists(subscriber)).as("a consent given keeps its person").isTrue();
		assertThat(line(first, "requested-information", FORM_PERSONS).held()).isZero();

		SweepRun last = this.fixtures.sweep(later.plusYears(1).plusDays(1));
		assertThat(messages(asked)).isZero();
		assertThat(this.fixtures.personExists(sender)).as("the sender goes with their last message").isFalse();
		assertThat(line(last, "requested-information", FORM_PERSONS).reached()).isPositive();
	}

	private PersonId sender(String email) {
		return PersonId.of(this.jdbc.sql("SELECT DISTINCT person_id FROM inquiries_message WHERE sender_email = ?")
			.param(email)
			.query(UUID.class)
			.single());
	}

	/** Closed by staff on that day, as the inbox closes a message. */
	private void closeOn(String email, String body, LocalDate day) {
		this.jdbc
			.sql("UPDATE inquiries_message SET closed_on = ?, closed_by = 'coordinator-user'"
					+ " WHERE sender_email = ? AND body = ?")
			.params(day, email, body)
			.update();
	}

	private int messages(String email) {
		return this.jdbc.sql("SELECT COUNT(*) FROM inquiries_message WHERE sender_email = ?")
			.param(email)
			.query(Integer.class)
			.single();
	}

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
			.extracting(SweepLine::rule, SweepLine::kind, SweepLine::outcome)
			.containsExactly(
					tuple("delete 4 weeks after end of application procedure without consent", "job applications",
							SweepOutcome.DONE),
					tuple("delete 4 weeks after end of application procedure without consent", FORM_PERSONS,
							SweepOutcome.DONE),
					tuple("delete 1 year after end of application procedure with consent", "job applications",
							SweepOutcome.DONE),
					tuple("delete 1 year after end of application procedure with consent", FORM_PERSONS,
							SweepOutcome.DONE));

		SweepRun gone = this.fixtures.sweep(LocalDate.of(2026, 1, 1));
		assertThat(this.fixtures.row(registration.id())).containsEntry("participant_id", null)
			.containsEntry("session_id", registration.session());
		assertThat(this.fixtures.subscribedNow(offers, person)).isFalse();
		assertThat(line(gone, "registration", "registrations").rule())
			.isEqualTo("anonymise 7 years after end of calendar year of session");
	}

}
