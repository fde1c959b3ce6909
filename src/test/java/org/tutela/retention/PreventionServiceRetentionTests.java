package org.tutela.retention;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.tutela.enrolment.Registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.retention.RetentionFixtures.line;

/**
 * The prevention service: training records ten years after the end of the year of the
 * training (MEN-4), remarks such as food allergies the day after the session; the medical
 * and psychosocial files' rules (MEN-24) stand in the run, kept for when the dossiers
 * module lands.
 */
@SpringBootTest(properties = "tutela.policy.pack=prevention-service")
class PreventionServiceRetentionTests extends RetentionTest {

	@Test
	void trainingRecordsTenYearsAfterTheEndOfTheYearAndRemarksTheDayAfterTheSession_MEN4_MEN24() {
		Registration old = this.fixtures.trained(LocalDate.of(2015, 12, 31), true);
		Registration recent = this.fixtures.trained(LocalDate.of(2025, 12, 30), false, "Allergic to nuts");

		SweepRun before = this.fixtures.sweep(LocalDate.of(2025, 12, 30));
		assertThat(this.fixtures.row(old.id())).containsEntry("participant_id", old.participant().value());
		assertThat(this.fixtures.certificates(old.session()))
			.containsExactly("Ann Peeters " + old.participant() + " " + old.id());
		assertThat(this.fixtures.remark(recent.id())).as("the day of the session").isNotNull();
		assertThat(line(before, "health-surveillance", null).rule()).isEqualTo("delete 40 years after last contact");
		assertThat(line(before, "health-surveillance", null).outcome()).isEqualTo(SweepOutcome.NOT_HELD_HERE);
		assertThat(line(before, "psychosocial-interventions", null).rule())
			.isEqualTo("delete 20 years after collection");

		this.fixtures.sweep(LocalDate.of(2025, 12, 31));
		assertThat(this.fixtures.remark(recent.id())).as("the day after the session").isNull();
		assertThat(this.fixtures.row(recent.id())).containsEntry("participant_id", recent.participant().value());

		this.fixtures.sweep(LocalDate.of(2026, 1, 1));
		assertThat(this.fixtures.row(old.id())).as("the year 2015 ended ten years ago")
			.containsEntry("participant_id", null);
		assertThat(this.fixtures.certificates(old.session())).as("the certificate names nobody and points at nothing")
			.containsExactly("- null null");
		assertThat(this.fixtures.row(recent.id())).containsEntry("participant_id", recent.participant().value());
	}

}
