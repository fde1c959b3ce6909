package org.tutela.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tutela.certification.Certificate;
import org.tutela.personaldata.PersonId;
import org.tutela.certification.Certificates;
import org.tutela.enrolment.Registration;
import org.tutela.outreach.MailingList;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.requests.Right;
import org.tutela.testing.Staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.retention.RetentionFixtures.line;

/**
 * The training company's rules, the clock moved across each boundary and the database
 * read before and after: the course records anonymised and the certificates archived on 1
 * January of the eleventh year (MEZ-8), marketing subscriptions deleted three years after
 * the last contact and the day after an unsubscription; legal holds and open requests
 * keep records back; a dry run changes nothing.
 */
@SpringBootTest
class TrainingCompanyRetentionTests extends RetentionTest {

	private static final LocalDate LAST_DAY_KEPT = LocalDate.of(2025, 12, 31);

	private static final LocalDate FIRST_DAY_GONE = LocalDate.of(2026, 1, 1);

	@Autowired
	Certificates certificates;

	@Autowired
	PersonalDataCatalogue catalogue;

	@Autowired
	Retention retention;

	@Test
	void courseRecordsAreAnonymisedAndCertificatesArchivedOnTheFirstDayOfTheEleventhYear_MEZ8() {
		Registration ann = this.fixtures.trained(LocalDate.of(2015, 6, 10), true);
		PersonId person = ann.participant();

		SweepRun before = this.fixtures.sweep(LAST_DAY_KEPT);
		assertThat(this.fixtures.row(ann.id())).containsEntry("participant_id", person.value())
			.containsEntry("anonymised_on", null);
		assertThat(this.fixtures.signatures(ann.id())).containsExactly(RetentionFixtures.SIGNATURE);
		assertThat(certificates(ann)).hasSize(1);
		assertThat(line(before, "training-administration", "registrations").cutoff())
			.isEqualTo(LocalDate.of(2014, 12, 31));

		SweepRun after = this.fixtures.sweep(FIRST_DAY_GONE);
		Map<String, Object> row = this.fixtures.row(ann.id());
		assertThat(row).containsEntry("participant_id", null)
			.containsEntry("registrant_id", null)
			.containsEntry("session_id", ann.session())
			.containsEntry("status", "CONFIRMED");
		assertThat(row.get("anonymised_on")).hasToString("2026-01-01");
		assertThat(this.fixtures.signatures(ann.id())).as("attendance kept, signature gone")
			.containsExactly((String) null);
		assertThat(line(after, "training-administration", "registrations").reached()).isGreaterThanOrEqualTo(1);
		assertThat(line(after, "certification", "certificates").reached()).isGreaterThanOrEqualTo(1);
		assertThat(certificates(ann)).as("archived: out of the coordinator's sight").isEmpty();
		assertThat(Staff.as(() -> this.certificates.ofSession(ann.session()), "enrolment.manage", "archive.read"))
			.as("still there for the archive permission")
			.extracting(Certificate::holderName)
			.containsExactly("Ann Peeters");
		assertThat(this.catalogue.export(person)).as("the anonymised registration no longer names the person")
			.doesNotContainKey("enrolment");

		SweepRun again = this.fixtures.sweep(FIRST_DAY_GONE);
		assertThat(this.fixtures.row(ann.id())).isEqualTo(row);
		assertThat(line(again, "certification", "certificates").outcome()).isEqualTo(SweepOutcome.DONE);
	}

	@Test
	void marketingSubscriptionsGoThreeYearsAfterTheLastContactAndTheDayAfterAnUnsubscription() {
		MailingList list = this.fixtures.list("marketing");
		PersonId quiet = this.requests.person("Quinten", "Stil", "quiet+" + UUID.randomUUID() + "@example.org");
		PersonId left = this.requests.person("Lotte", "Weg", "left+" + UUID.randomUUID() + "@example.org");
		PersonId withdrew = this.requests.person("Wout", "Terug", "withdrew+" + UUID.randomUUID() + "@example.org");
		this.fixtures.subscribed(list, quiet, LocalDate.of(2020, 3, 1), null);
		this.fixtures.subscribed(list, left, LocalDate.of(2023, 1, 5), LocalDate.of(2023, 3, 1));
		this.fixtures.subscribed(list, withdrew, LocalDate.of(2023, 1, 5), null);
		this.fixtures.withdrawn(withdrew, "marketing", LocalDate.of(2023, 3, 1));

		this.fixtures.sweep(LocalDate.of(2023, 3, 1));
		assertThat(this.fixtures.subscribedNow(list, quiet)).as("three years to the day: kept").isTrue();
		assertThat(this.fixtures.subscribedNow(list, left)).as("the day of the unsubscription: kept").isTrue();
		assertThat(this.fixtures.subscribedNow(list, withdrew)).as("the day consent was withdrawn: kept").isTrue();

		SweepRun run = this.fixtures.sweep(LocalDate.of(2023, 3, 2));
		assertThat(this.fixtures.subscribedNow(list, quiet)).isFalse();
		assertThat(this.fixtures.subscribedNow(list, left)).isFalse();
		assertThat(this.fixtures.subscribedNow(list, withdrew)).as("withdrawn in the ledger only").isFalse();
		assertThat(run.lines()).filteredOn(line -> "subscriptions".equals(line.kind()))
			.extracting(SweepLine::rule)
			.containsExactlyInAnyOrder("delete 3 years after last contact",
					"delete 0 days after withdrawal or objection");
	}

	@Test
	void aLegalHoldOrAnOpenRequestKeepsThePersonsRecordsUntilItEnds() {
		Registration disputed = this.fixtures.trained(LocalDate.of(2014, 5, 5), false);
		Registration asking = this.fixtures.trained(LocalDate.of(2014, 5, 6), false);
		LegalHold hold = Staff.as(
				() -> this.retention.hold(disputed.participant(), HoldReason.DISPUTE, "invoice contested"),
				"backoffice", "people.read", "retention.manage");
		this.requests.verified(asking.participant(), Right.ACCESS);

		SweepRun held = this.fixtures.sweep(FIRST_DAY_GONE);
		assertThat(line(held, "training-administration", "registrations").held()).isGreaterThanOrEqualTo(2);
		assertThat(this.fixtures.row(disputed.id())).containsEntry("participant_id", disputed.participant().value());
		assertThat(this.fixtures.row(asking.id())).containsEntry("participant_id", asking.participant().value());
		assertThat(Staff.as(() -> this.retention.holds(), "retention.manage")).extracting(LegalHold::reason)
			.contains(HoldReason.DISPUTE);

		Staff.as(() -> this.retention.lift(hold.id()), "backoffice", "people.read", "retention.manage");
		this.fixtures.sweep(FIRST_DAY_GONE);
		assertThat(this.fixtures.row(disputed.id())).containsEntry("participant_id", null);
		assertThat(this.fixtures.row(asking.id())).as("the request is still open")
			.containsEntry("participant_id", asking.participant().value());
	}

	@Test
	void aDryRunCountsWhatIsDueAndChangesNothing() {
		Registration due = this.fixtures.trained(LocalDate.of(2013, 9, 9), true);

		SweepRun dry = this.fixtures.sweep(FIRST_DAY_GONE, true);

		assertThat(dry.dryRun()).isTrue();
		assertThat(dry.outcome()).isEqualTo(RunOutcome.DONE);
		assertThat(line(dry, "training-administration", "registrations").reached()).isGreaterThanOrEqualTo(1);
		assertThat(line(dry, "certification", "certificates").reached()).isGreaterThanOrEqualTo(1);
		assertThat(this.fixtures.row(due.id())).containsEntry("participant_id", due.participant().value())
			.containsEntry("anonymised_on", null);
		assertThat(certificates(due)).hasSize(1);
		assertThat(line(dry, "information-requests", "contact messages and information requests").outcome())
			.isEqualTo(SweepOutcome.DONE);
		assertThat(line(dry, "accountability", null).outcome()).as("a rule for records no module keeps")
			.isEqualTo(SweepOutcome.NOT_HELD_HERE);
		List<SweepRun> history = Staff.as(() -> this.retention.history(50), "retention.manage");
		assertThat(history).filteredOn(run -> run.id().equals(dry.id()))
			.singleElement()
			.satisfies(recorded -> assertThat(recorded.lines()).isEqualTo(dry.lines()));
	}

	private List<Certificate> certificates(Registration registration) {
		return Staff.coordinator(() -> this.certificates.ofSession(registration.session()));
	}

}
