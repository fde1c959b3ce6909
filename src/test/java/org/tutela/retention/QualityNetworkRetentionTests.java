package org.tutela.retention;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.tutela.outreach.MailingList;
import org.tutela.personaldata.PersonId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.retention.RetentionFixtures.line;

/**
 * The quality network: mailings end the day after an unsubscription and three years after
 * the last contact; award and project dossiers' five years (VCK-5) stand in the run for
 * when that module lands.
 */
@SpringBootTest(properties = "tutela.policy.pack=quality-network")
class QualityNetworkRetentionTests extends RetentionTest {

	@Test
	void mailingsEndTheDayAfterAnUnsubscriptionAndThreeYearsAfterTheLastContact_VCK5() {
		MailingList mailings = this.fixtures.list("mailings");
		PersonId left = this.requests.person("Wim", "Goossens", "wim+" + UUID.randomUUID() + "@example.be");
		PersonId quiet = this.requests.person("Els", "Wouters", "els+" + UUID.randomUUID() + "@example.be");
		this.fixtures.subscribed(mailings, left, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 9, 30));
		this.fixtures.subscribed(mailings, quiet, LocalDate.of(2021, 9, 30), null);

		SweepRun kept = this.fixtures.sweep(LocalDate.of(2024, 9, 30));
		assertThat(this.fixtures.subscribedNow(mailings, left)).isTrue();
		assertThat(this.fixtures.subscribedNow(mailings, quiet)).isTrue();
		assertThat(line(kept, "awards-and-projects", null).rule()).isEqualTo("delete 5 years after collection");
		assertThat(line(kept, "awards-and-projects", null).outcome()).isEqualTo(SweepOutcome.NOT_HELD_HERE);

		this.fixtures.sweep(LocalDate.of(2024, 10, 1));
		assertThat(this.fixtures.subscribedNow(mailings, left)).isFalse();
		assertThat(this.fixtures.subscribedNow(mailings, quiet)).isFalse();
	}

}
