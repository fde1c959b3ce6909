package org.tutela.retention;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.dossiers.Award;
import org.tutela.dossiers.AwardFixtures;
import org.tutela.outreach.MailingList;
import org.tutela.personaldata.PersonId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.retention.RetentionFixtures.line;

/**
 * The quality network: mailings end the day after an unsubscription and three years after
 * the last contact; award and project dossiers five years after the candidacy was
 * received (VCK-5).
 */
@SpringBootTest(properties = "tutela.policy.pack=quality-network")
@Import(AwardFixtures.class)
class QualityNetworkRetentionTests extends RetentionTest {

	@Autowired
	AwardFixtures awards;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCandidacyIsKeptFiveYearsFromTheDayItWasReceivedThenDeleted_VCK5() {
		Award award = this.awards.award();
		PersonId candidate = this.awards.candidate("Kato", "Kandidaat");
		UUID candidacy = this.awards.candidacy(award, candidate, LocalDate.of(2026, 3, 10), "Falls halved");
		UUID later = this.awards.candidacy(award, candidate, LocalDate.of(2026, 3, 12), "Falls halved again");

		SweepRun kept = this.fixtures.sweep(LocalDate.of(2031, 3, 9));
		assertThat(exists(candidacy)).isTrue();
		assertThat(line(kept, "awards-and-projects", "award dossiers").rule())
			.isEqualTo("delete 5 years after collection");

		this.fixtures.sweep(LocalDate.of(2031, 3, 10));
		assertThat(exists(candidacy)).isTrue();

		this.fixtures.sweep(LocalDate.of(2031, 3, 11));
		assertThat(exists(candidacy)).isFalse();
		assertThat(exists(later)).isTrue();
	}

	private boolean exists(UUID candidacy) {
		return this.jdbc.sql("SELECT COUNT(*) FROM dossiers_candidacy WHERE id = :id")
			.param("id", candidacy)
			.query(Integer.class)
			.single() == 1;
	}

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

		this.fixtures.sweep(LocalDate.of(2024, 10, 1));
		assertThat(this.fixtures.subscribedNow(mailings, left)).isFalse();
		assertThat(this.fixtures.subscribedNow(mailings, quiet)).isFalse();
	}

}
