package org.tutela.retention;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.tutela.enrolment.Registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.retention.RetentionFixtures.line;

/**
 * The medical inspection service: training records as the other services keep them
 * (CER-3, ten years after the end of the year); the five years after an incident (CER-13)
 * stand in the run for when the inspection files are kept here.
 */
@SpringBootTest(properties = "tutela.policy.pack=medical-inspection")
class MedicalInspectionRetentionTests extends RetentionTest {

	@Test
	void trainingRecordsTenYearsAfterTheEndOfTheYear_CER13() {
		Registration registration = this.fixtures.trained(LocalDate.of(2015, 1, 1), false);

		SweepRun kept = this.fixtures.sweep(LocalDate.of(2025, 12, 31));
		assertThat(this.fixtures.row(registration.id())).containsEntry("participant_id",
				registration.participant().value());
		assertThat(line(kept, "medical-inspection", null).rule()).isEqualTo("delete 5 years after incident date");

		this.fixtures.sweep(LocalDate.of(2026, 1, 1));
		assertThat(this.fixtures.row(registration.id())).containsEntry("participant_id", null);
		assertThat(this.fixtures.signatures(registration.id())).containsExactly((String) null);
	}

}
