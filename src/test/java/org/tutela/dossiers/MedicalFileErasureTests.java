package org.tutela.dossiers;

import java.time.LocalDate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.requests.DataRequest;
import org.tutela.requests.DpoDesk;
import org.tutela.requests.ErasureOutcome;
import org.tutela.requests.FileKind;
import org.tutela.requests.Intake;
import org.tutela.requests.RequestAnswers;
import org.tutela.requests.RequestIntake;
import org.tutela.requests.Right;
import org.tutela.requests.StaffIntake;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erasure of a medical file is refused while its legal retention runs (CER-13, MEN-24):
 * the worker learns the first day it becomes possible, and the file stays as it is.
 */
@MedicalInspectionTest
class MedicalFileErasureTests {

	private static final String[] DPO = { "backoffice", "people.read", "audit.read", "requests.manage" };

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@Autowired
	ControlFixtures controls;

	@Autowired
	TrainingFixtures training;

	@Autowired
	RequestIntake intake;

	@Autowired
	DpoDesk desk;

	@Autowired
	RequestAnswers answers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void erasureIsRefusedUntilTheDayAfterFiveYearsFromTheReport_CER13() {
		ControlSummary control = this.controls
			.ordered(this.training.client("hr+" + System.nanoTime() + "@example.org"));
		this.controls.examined(control, new Finding(LocalDate.of(2026, 3, 9), Conclusion.NOT_JUSTIFIED, null,
				LocalDate.of(2026, 3, 10), ControlFixtures.FINDINGS));
		this.jdbc.sql("UPDATE dossiers_control SET status = 'REPORTED', incident_on = :day WHERE id = :id")
			.param("day", LocalDate.of(2026, 3, 10))
			.param("id", control.id())
			.update();
		DataRequest letter = Staff.as(() -> this.intake.receive(new StaffIntake(Intake.REGISTERED_LETTER, Right.ERASURE,
				FileKind.MEDICAL, "Wout Werker", null, null, LocalDate.now(), control.worker(),
				new StaffIntake.Document("letter-and-id.pdf", "application/pdf", "scan".getBytes()))), DPO);
		Staff.as(() -> this.desk.verify(letter.id(), control.worker(), "registered letter, identity card"), DPO);

		ErasureOutcome outcome = Staff.as(() -> this.answers.erase(letter.id()), DPO);

		assertThat(outcome.complete()).isFalse();
		assertThat(outcome.kept()).anySatisfy(kept -> {
			assertThat(kept.activity()).isEqualTo("medical-inspection");
			assertThat(kept.possibleFrom()).isEqualTo(LocalDate.of(2031, 3, 11));
		});
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM dossiers_control_finding WHERE control_id = :id")
			.param("id", control.id())
			.query(Integer.class)
			.single()).as("the file stays whole").isEqualTo(1);
	}

}
