package org.tutela.retention;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.dossiers.PsychosocialFixtures;
import org.tutela.dossiers.psychosocial.CaseSummary;
import org.tutela.identity.AccountId;
import org.tutela.enrolment.Registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.retention.RetentionFixtures.line;

/**
 * The prevention service: training records ten years after the end of the year of the
 * training (MEN-4), remarks such as food allergies the day after the session; the medical
 * file's rule (MEN-24) stands in the run, kept for when it lands; psychosocial files
 * leave 20 years after the request was submitted.
 */
@SpringBootTest(properties = "tutela.policy.pack=prevention-service")
@Import(PsychosocialFixtures.class)
class PreventionServiceRetentionTests extends RetentionTest {

	@Autowired
	PsychosocialFixtures psychosocial;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPsychosocialFileLeavesWithItsNotes20YearsAfterTheRequestWasSubmittedAndNotADayBefore_MEN24() {
		CaseSummary file = this.psychosocial.submitted(LocalDate.of(2006, 3, 10), AccountId.random());
		this.psychosocial.closed(file);

		SweepRun kept = this.fixtures.sweep(LocalDate.of(2026, 3, 10));
		assertThat(rows(file)).isEqualTo(2);
		assertThat(line(kept, "psychosocial-interventions", "psychosocial files").rule())
			.isEqualTo("delete 20 years after collection");

		this.fixtures.sweep(LocalDate.of(2026, 3, 11));
		assertThat(rows(file)).isZero();
	}

	private int rows(CaseSummary file) {
		return this.jdbc.sql("""
				SELECT (SELECT COUNT(*) FROM dossiers_psychosocial_case WHERE id = :id)
					+ (SELECT COUNT(*) FROM dossiers_psychosocial_note WHERE case_id = :id)""")
			.param("id", file.id())
			.query(Integer.class)
			.single();
	}

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
		assertThat(line(before, "psychosocial-interventions", "psychosocial files").rule())
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
