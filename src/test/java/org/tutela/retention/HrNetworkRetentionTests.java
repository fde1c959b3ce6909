package org.tutela.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tutela.enrolment.Registration;
import org.tutela.identity.Role;
import org.tutela.outreach.MailingList;
import org.tutela.outreach.list.Suppressions;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.requests.NewRequest;
import org.tutela.requests.RequestIntake;
import org.tutela.requests.Right;
import org.tutela.testing.Eventually;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.retention.RetentionFixtures.line;

/**
 * The HR network (CES-9): course records and newsletter subscriptions deleted three years
 * after the last contact; member records by the end of the membership (MembershipTests).
 */
@SpringBootTest(properties = "tutela.policy.pack=hr-network")
class HrNetworkRetentionTests extends RetentionTest {

	@Autowired
	PersonalDataCatalogue catalogue;

	@Autowired
	TestAccounts accounts;

	@Autowired
	RequestIntake intake;

	@Autowired
	Suppressions suppressions;

	@Test
	void courseRecordsAndNewsletterSubscriptionsGoThreeYearsAfterTheLastContact_CES9() {
		Registration registration = this.fixtures.trained(LocalDate.of(2022, 6, 10), true);
		MailingList newsletter = this.fixtures.list("newsletter");
		PersonId reader = this.requests.person("Hanne", "Claes", "hanne+" + UUID.randomUUID() + "@example.be");
		this.fixtures.subscribed(newsletter, reader, LocalDate.of(2022, 6, 10), null);

		this.fixtures.sweep(LocalDate.of(2025, 6, 10));
		assertThat(this.fixtures.exists(registration.id())).as("three years to the day").isTrue();
		assertThat(this.fixtures.signatures(registration.id())).hasSize(1);
		assertThat(this.fixtures.subscribedNow(newsletter, reader)).isTrue();
		assertThat(this.fixtures.certificates(registration.session())).hasSize(1);

		SweepRun run = this.fixtures.sweep(LocalDate.of(2025, 6, 11));
		assertThat(this.fixtures.certificates(registration.session())).as("the certificate goes first").isEmpty();
		assertThat(this.fixtures.exists(registration.id())).isFalse();
		assertThat(line(run, "courses", "registrations").outcome()).isEqualTo(SweepOutcome.DONE);
		assertThat(this.fixtures.signatures(registration.id())).isEmpty();
		assertThat(this.fixtures.subscribedNow(newsletter, reader)).isFalse();
		assertThat(line(run, "courses", "registrations").rule()).isEqualTo("delete 3 years after last contact");
		assertThat(line(run, "membership", "membership applications and member records").outcome())
			.isEqualTo(SweepOutcome.DONE);
	}

	/**
	 * CES-9 reaches the person too: once their registration and subscription are gone
	 * nothing keeps them, and they are no longer found by address or name. The dry run of
	 * that day already counts them, though it removes nothing that names them.
	 */
	@Test
	void thePersonGoesTheDayAfterThreeYearsFromTheirLastContactAndThatDaysDryRunCountsThem_CES9() {
		LocalDate contact = LocalDate.of(2022, 6, 10);
		LocalDate end = LocalDate.of(2025, 6, 11);
		Registration registration = this.fixtures.trained(contact, true);
		PersonId participant = registration.participant();
		String address = "wout+" + UUID.randomUUID() + "@example.be";
		PersonId reader = this.requests.person("Wout", "Maes", address);
		MailingList newsletter = this.fixtures.list("newsletter");
		this.fixtures.subscribed(newsletter, reader, contact, null);
		this.fixtures.recordedOn(participant, contact);
		this.fixtures.recordedOn(reader, contact);
		PersonId later = this.requests.person("Lien", "Maes", "lien+" + UUID.randomUUID() + "@example.be");
		this.fixtures.recordedOn(later, LocalDate.of(2022, 6, 11));

		long before = line(this.fixtures.sweep(end.minusDays(1), true), "courses", "persons").reached();
		SweepRun dryRun = this.fixtures.sweep(end, true);
		assertThat(line(dryRun, "courses", "persons").reached()).as("the participant and the reader")
			.isEqualTo(before + 2);
		assertThat(this.fixtures.personExists(participant)).isTrue();
		assertThat(this.fixtures.exists(registration.id())).isTrue();

		this.fixtures.sweep(end.minusDays(1));
		assertThat(this.fixtures.personExists(participant)).as("three years to the day").isTrue();
		assertThat(this.fixtures.personExists(reader)).isTrue();

		SweepRun run = this.fixtures.sweep(end);
		assertThat(line(run, "courses", "persons").outcome()).isEqualTo(SweepOutcome.DONE);
		assertThat(this.fixtures.personExists(participant)).isFalse();
		assertThat(this.fixtures.personExists(reader)).isFalse();
		assertThat(this.fixtures.found(address, "Wout Maes")).as("by address and name").isZero();
		assertThat(this.fixtures.personExists(later)).as("a day younger").isTrue();
	}

	/**
	 * The person's end spares what it must: a person whose data is restricted (kept for a
	 * claim) stays, and so does one whose request from the site awaits confirmation, and
	 * a mailbox another person still uses keeps its portal account, while the account at
	 * an address only the person held is closed.
	 */
	@Test
	void theSweepKeepsRestrictedPersonsAndTouchesNoOneWhoSharesTheirMailbox_CES9_Art18() {
		LocalDate contact = LocalDate.of(2022, 6, 10);
		String shared = "family+" + UUID.randomUUID() + "@example.be";
		String own = "mira+" + UUID.randomUUID() + "@example.be";
		PersonId restricted = this.requests.person("Rik", "Peeters", "rik+" + UUID.randomUUID() + "@example.be");
		PersonId stan = this.requests.person("Stan", "Wouters", shared);
		PersonId lea = this.requests.person("Lea", "Wouters", shared);
		PersonId mira = this.requests.person("Mira", "Jacobs", own);
		String asking = "jef+" + UUID.randomUUID() + "@example.be";
		PersonId requester = this.requests.person("Jef", "Claes", asking);
		this.intake.submit(new NewRequest(Right.ACCESS, null, "Jef Claes", asking, null), Locale.ENGLISH);
		for (PersonId person : List.of(restricted, stan, mira, requester)) {
			this.fixtures.recordedOn(person, contact);
		}
		this.catalogue.restrict(restricted, true);
		this.accounts.portal(Role.PARTICIPANT, shared);
		this.accounts.portal(Role.PARTICIPANT, own);
		this.fixtures.portalAccountsOpenedOn(contact, shared, own);

		this.fixtures.sweep(LocalDate.of(2025, 6, 11));

		assertThat(this.fixtures.personExists(restricted)).as("restricted").isTrue();
		assertThat(this.fixtures.personExists(requester)).as("asked for their data, not yet confirmed").isTrue();
		assertThat(this.fixtures.personExists(stan)).isFalse();
		assertThat(this.fixtures.personExists(mira)).isFalse();
		assertThat(this.fixtures.personExists(lea)).isTrue();
		Eventually.holds("the account at Mira's own address is closed", () -> this.fixtures.portalAccounts(own) == 0);
		assertThat(this.fixtures.portalAccounts(shared)).as("Lea still signs in at the shared address").isEqualTo(1);
	}

	/**
	 * A person who withdrew from the newsletter loses the subscription at once and, three
	 * years on, their record; their address stays suppressed for the list, so no import
	 * brings it back (CES-2, Art. 21(3)).
	 */
	@Test
	void anAddressWithdrawnFromTheNewsletterStaysSuppressedAfterThePersonIsGone_CES2_CES9() {
		String address = "noor+" + UUID.randomUUID() + "@example.be";
		PersonId person = this.requests.person("Noor", "Janssens", address);
		MailingList newsletter = this.fixtures.list("newsletter");
		this.fixtures.subscribed(newsletter, person, LocalDate.of(2022, 6, 10), null);
		this.fixtures.recordedOn(person, LocalDate.of(2022, 6, 10));
		this.fixtures.withdrawn(person, "newsletter", LocalDate.of(2023, 1, 10));
		assertThat(this.suppressions.suppressed(address, newsletter.id())).isFalse();

		this.fixtures.sweep(LocalDate.of(2023, 1, 11));
		assertThat(this.fixtures.subscribedNow(newsletter, person)).isFalse();
		assertThat(this.suppressions.suppressed(address, newsletter.id())).as("when the subscription goes").isTrue();

		this.fixtures.sweep(LocalDate.of(2025, 6, 11));
		assertThat(this.fixtures.personExists(person)).isFalse();
		assertThat(this.suppressions.suppressed(address, newsletter.id())).as("after the person is gone").isTrue();
	}

}
