package org.tutela.retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.dossiers.PsychosocialFixtures;
import org.tutela.dossiers.psychosocial.CaseSummary;
import org.tutela.dossiers.surveillance.Assessment;
import org.tutela.dossiers.surveillance.AssessmentForm;
import org.tutela.dossiers.surveillance.Decision;
import org.tutela.dossiers.surveillance.HealthFile;
import org.tutela.dossiers.surveillance.HealthFileStore;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.AccountId;
import org.tutela.people.NewPerson;
import org.tutela.people.Organisation;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.personaldata.PersonId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.retention.RetentionFixtures.line;

/**
 * The prevention service: training records ten years after the end of the year of the
 * training (MEN-4), remarks such as food allergies the day after the session; a health
 * file 40 years after the last examination or entry in it (MEN-24), with its examinations
 * and notes, the workstation staying; psychosocial files 20 years after the request was
 * submitted.
 */
@SpringBootTest(properties = "tutela.policy.pack=prevention-service")
@Import(PsychosocialFixtures.class)
class PreventionServiceRetentionTests extends RetentionTest {

	@Autowired
	PsychosocialFixtures psychosocial;

	@Autowired
	HealthFileStore health;

	@Autowired
	TrainingFixtures training;

	@Autowired
	Persons persons;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPsychosocialFileLeavesWithItsNotes20YearsAfterTheRequestWasSubmittedAndNotADayBefore_MEN24() {
		CaseSummary file = this.psychosocial.submitted(LocalDate.of(2006, 3, 10), AccountId.random());
		this.psychosocial.closed(file);

		SweepRun kept = this.fixtures.sweep(LocalDate.of(2026, 3, 10));
		assertThat(caseRows(file)).isEqualTo(2);
		assertThat(line(kept, "psychosocial-interventions", "psychosocial files").rule())
			.isEqualTo("delete 20 years after collection");

		this.fixtures.sweep(LocalDate.of(2026, 3, 11));
		assertThat(caseRows(file)).isZero();
	}

	private int caseRows(CaseSummary file) {
		return this.jdbc.sql("""
				SELECT (SELECT COUNT(*) FROM dossiers_psychosocial_case WHERE id = :id)
					+ (SELECT COUNT(*) FROM dossiers_psychosocial_note WHERE case_id = :id)""")
			.param("id", file.id())
			.query(Integer.class)
			.single();
	}

	@Test
	void aHealthFileLeavesFortyYearsAfterItsLastContactAndNotADayBefore_MEN24() {
		Organisation employer = this.training.client("hr+" + System.nanoTime() + "@example.org");
		PersonId worker = this.persons.selfRegister(new NewPerson("Hilde", null, "Haemers", null, "nl", null,
				Provenance.EMPLOYER, List.of(), List.of(), List.of()));
		AccountId physician = AccountId.random();
		UUID workstation = this.health.workstation(employer.id(), "Paint shop " + UUID.randomUUID(), Instant.now());
		UUID file = UUID.randomUUID();
		this.health.insert(
				new HealthFile(file, "HF-" + file.toString().substring(0, 8), worker, employer.id(), workstation,
						"Painter", LocalDate.of(2020, 1, 6), Instant.now(), null, physician, LocalDate.of(2024, 5, 2)),
				physician);
		this.health.examine(file, UUID.randomUUID(), LocalDate.of(2026, 3, 10), physician, "finding",
				new Assessment(AssessmentForm.HEALTH_ASSESSMENT, Decision.FIT, null, null, null), Instant.now());
		this.health.note(file, UUID.randomUUID(), physician, LocalDate.of(2026, 3, 9), "note", Instant.now());

		SweepRun kept = this.fixtures.sweep(LocalDate.of(2066, 3, 10));
		assertThat(rows(file)).as("the examination is the last contact").isEqualTo(3);
		assertThat(line(kept, "health-surveillance", "health files").rule())
			.isEqualTo("delete 40 years after last contact");

		this.fixtures.sweep(LocalDate.of(2066, 3, 11));
		assertThat(rows(file)).isZero();
		assertThat(this.health.workstation(workstation)).as("a workstation is no one's personal data").isPresent();
	}

	private int rows(UUID file) {
		return this.jdbc.sql("""
				SELECT (SELECT COUNT(*) FROM dossiers_health_file WHERE id = :id)
					+ (SELECT COUNT(*) FROM dossiers_health_examination WHERE file_id = :id)
					+ (SELECT COUNT(*) FROM dossiers_health_note WHERE file_id = :id)""")
			.param("id", file)
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
		assertThat(line(before, "health-surveillance", "health files").rule())
			.isEqualTo("delete 40 years after last contact");
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
