package org.tutela.retention;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.dossiers.Conclusion;
import org.tutela.dossiers.ControlFixtures;
import org.tutela.dossiers.ControlSummary;
import org.tutela.dossiers.Finding;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.testing.Staff;
import org.tutela.enrolment.Registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.retention.RetentionFixtures.line;

/**
 * The medical inspection service: training records as the other services keep them
 * (CER-3, ten years after the end of the year), and the absenteeism controls five years
 * after the incident that can give rise to a claim (CER-13): the day the employer
 * received the conclusion.
 */
@SpringBootTest(properties = "tutela.policy.pack=medical-inspection")
@Import(ControlFixtures.class)
class MedicalInspectionRetentionTests extends RetentionTest {

	@Autowired
	ControlFixtures controls;

	@Autowired
	TrainingFixtures training;

	@Autowired
	Retention retention;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aControlLeavesFiveYearsAfterItsIncidentAndNotADayBefore_CER13() {
		ControlSummary control = reported(LocalDate.of(2026, 3, 10));

		SweepRun kept = this.fixtures.sweep(LocalDate.of(2031, 3, 10));
		assertThat(rows(control)).isEqualTo(2);
		assertThat(this.fixtures.personExists(control.worker())).isTrue();
		assertThat(line(kept, "medical-inspection", "absenteeism controls").rule())
			.isEqualTo("delete 5 years after incident date");

		this.fixtures.sweep(LocalDate.of(2031, 3, 11));
		assertThat(rows(control)).isZero();
	}

	@Test
	void aControlStillUnderWayIsNeverSweptAndALegalHoldKeepsAReportedOne_CER13() {
		ControlSummary open = this.controls.ordered(this.training.client("hr+" + UUID.randomUUID() + "@example.org"));
		ControlSummary disputed = reported(LocalDate.of(2026, 3, 10));
		Staff.as(() -> this.retention.hold(disputed.worker(), HoldReason.DISPUTE, null), "backoffice", "people.read",
				"retention.manage");

		this.fixtures.sweep(LocalDate.of(2040, 1, 1));

		assertThat(rows(open)).isEqualTo(1);
		assertThat(rows(disputed)).isEqualTo(2);
	}

	/**
	 * A control whose report went to the employer on {@code incident}, with its findings.
	 */
	private ControlSummary reported(LocalDate incident) {
		ControlSummary control = this.controls
			.ordered(this.training.client("hr+" + UUID.randomUUID() + "@example.org"));
		this.controls.examined(control,
				new Finding(incident, Conclusion.JUSTIFIED, incident.plusDays(3), null, ControlFixtures.FINDINGS));
		this.jdbc.sql("UPDATE dossiers_control SET status = 'REPORTED', incident_on = :incident WHERE id = :id")
			.param("incident", incident)
			.param("id", control.id())
			.update();
		return control;
	}

	private int rows(ControlSummary control) {
		return this.jdbc.sql("""
				SELECT (SELECT COUNT(*) FROM dossiers_control WHERE id = :id)
					+ (SELECT COUNT(*) FROM dossiers_control_finding WHERE control_id = :id)""")
			.param("id", control.id())
			.query(Integer.class)
			.single();
	}

	@Test
	void trainingRecordsTenYearsAfterTheEndOfTheYear_CER13() {
		Registration registration = this.fixtures.trained(LocalDate.of(2015, 1, 1), false);

		SweepRun kept = this.fixtures.sweep(LocalDate.of(2025, 12, 31));
		assertThat(this.fixtures.row(registration.id())).containsEntry("participant_id",
				registration.participant().value());

		this.fixtures.sweep(LocalDate.of(2026, 1, 1));
		assertThat(this.fixtures.row(registration.id())).containsEntry("participant_id", null);
		assertThat(this.fixtures.signatures(registration.id())).containsExactly((String) null);
	}

}
