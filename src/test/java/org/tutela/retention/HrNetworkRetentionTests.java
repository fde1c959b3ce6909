package org.tutela.retention;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.tutela.enrolment.Registration;
import org.tutela.outreach.MailingList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.retention.RetentionFixtures.line;

/**
 * The HR network (CES-9): course records and newsletter subscriptions deleted three years
 * after the last contact; the rule for the end of membership stands in the run for when
 * memberships are kept per person.
 */
@SpringBootTest(properties = "tutela.policy.pack=hr-network")
class HrNetworkRetentionTests extends RetentionTest {

	@Test
	void courseRecordsAndNewsletterSubscriptionsGoThreeYearsAfterTheLastContact_CES9() {
		Registration registration = this.fixtures.trained(LocalDate.of(2022, 6, 10), true);
		MailingList newsletter = this.fixtures.list("newsletter");
		UUID reader = this.requests.person("Hanne", "Claes", "hanne+" + UUID.randomUUID() + "@example.be");
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
		assertThat(line(run, "membership", null).outcome()).isEqualTo(SweepOutcome.NOT_HELD_HERE);
	}

}
