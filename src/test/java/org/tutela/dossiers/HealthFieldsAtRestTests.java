package org.tutela.dossiers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.dossiers.inspection.ControlStore;
import org.tutela.dossiers.psychosocial.CaseFile;
import org.tutela.dossiers.psychosocial.CaseKind;
import org.tutela.dossiers.psychosocial.CaseSummary;
import org.tutela.dossiers.psychosocial.NewCase;
import org.tutela.dossiers.psychosocial.PsychosocialStore;
import org.tutela.dossiers.surveillance.Assessment;
import org.tutela.dossiers.surveillance.AssessmentForm;
import org.tutela.dossiers.surveillance.Decision;
import org.tutela.dossiers.surveillance.HealthFile;
import org.tutela.dossiers.surveillance.HealthFileStore;
import org.tutela.dossiers.surveillance.Note;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.AccountId;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.platform.crypto.EncryptedColumn;
import org.tutela.testing.Smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The health data of a control and of a health file, and the texts of a psychosocial
 * case, at rest (MEN-5, MEN-10): each column holding them is encrypted, so reading the
 * raw row finds none of what was stored, and a value copied to another row no longer
 * decrypts; and every special-category column of the module is one of the encrypted
 * columns, re-encrypted after a key rotation.
 */
@MedicalInspectionTest
class HealthFieldsAtRestTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@Autowired
	ControlFixtures controls;

	@Autowired
	TrainingFixtures training;

	@Autowired
	ControlStore store;

	@Autowired
	HealthFileStore health;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PsychosocialStore psychosocial;

	@Autowired
	PersonalDataCatalogue catalogue;

	@Autowired
	List<EncryptedColumn> encrypted;

	@Test
	void everyHealthFieldIsEncryptedInItsColumn_MEN5_MEN10() {
		ControlSummary control = ordered();
		Map<String, Object> row = this.jdbc.sql("SELECT * FROM dossiers_control WHERE id = :id")
			.param("id", control.id())
			.query()
			.singleRow();
		Map<String, Object> finding = this.jdbc.sql("SELECT * FROM dossiers_control_finding WHERE control_id = :id")
			.param("id", control.id())
			.query()
			.singleRow();
		String raw = row.values() + " " + finding.values();

		assertThat(raw).doesNotContain(ControlFixtures.DOCTOR, ControlFixtures.FINDINGS, "WORK_ACCIDENT", "Kerkstraat",
				"P-4711", "NOT_JUSTIFIED", "+32 2 123 45 67");
		ControlFile file = this.store.file(control.id()).orElseThrow();
		assertThat(file.attendingDoctor().name()).isEqualTo(ControlFixtures.DOCTOR);
		assertThat(file.finding().findings()).isEqualTo(ControlFixtures.FINDINGS);
		assertThat(file.incapacity().nature()).isEqualTo(IncapacityNature.WORK_ACCIDENT);
	}

	@Test
	void everyHealthFieldOfAHealthFileIsEncryptedInItsColumn_MEN5_MEN10() {
		UUID organisation = this.training.client("hr+" + System.nanoTime() + "@example.org").id();
		AccountId physician = AccountId.random();
		UUID file = UUID.randomUUID();
		UUID examination = UUID.randomUUID();
		this.health.insert(
				new HealthFile(file, "HF-" + file.toString().substring(0, 8),
						this.controls.ordered(this.training.client("hr+" + System.nanoTime() + "@example.org"))
							.worker(),
						organisation, this.health.workstation(organisation, "Welding", Instant.now()), "Welder", null,
						Instant.now(), null, physician, LocalDate.now()),
				physician);
		this.health.history(file, "HISTORY-ASBESTOS-MARKER", LocalDate.now());
		this.health.examine(file, examination, LocalDate.now(), physician, "AUDIOGRAM-MARKER",
				new Assessment(AssessmentForm.HEALTH_ASSESSMENT, Decision.TRANSFER_FOR_PERIOD,
						LocalDate.now().plusDays(30), "MEASURES-MARKER", null),
				Instant.now());
		this.health.note(file, UUID.randomUUID(), physician, LocalDate.now(), "NOTE-MARKER", Instant.now());
		String raw = this.jdbc.sql("SELECT * FROM dossiers_health_file WHERE id = :id")
			.param("id", file)
			.query()
			.singleRow()
			.values()
				+ " "
				+ this.jdbc.sql("SELECT * FROM dossiers_health_examination WHERE file_id = :id")
					.param("id", file)
					.query()
					.singleRow()
					.values()
				+ " "
				+ this.jdbc.sql("SELECT * FROM dossiers_health_note WHERE file_id = :id")
					.param("id", file)
					.query()
					.singleRow()
					.values();

		assertThat(raw).doesNotContain("HISTORY-ASBESTOS-MARKER", "AUDIOGRAM-MARKER", "MEASURES-MARKER",
				"TRANSFER_FOR_PERIOD", "NOTE-MARKER");
		assertThat(this.health.history(file)).isEqualTo("HISTORY-ASBESTOS-MARKER");
		assertThat(this.health.examination(examination).orElseThrow().findings()).isEqualTo("AUDIOGRAM-MARKER");
		assertThat(this.health.notesBy(file, physician)).extracting(Note::text).containsExactly("NOTE-MARKER");
		assertThat(this.health.notesBy(file, AccountId.random())).isEmpty();
	}

	@Test
	void aHealthValueCopiedToAnotherControlNoLongerDecrypts_MEN10() {
		ControlSummary source = ordered();
		ControlSummary target = ordered();
		this.jdbc.sql("""
				UPDATE dossiers_control SET incapacity_cipher =
					(SELECT incapacity_cipher FROM dossiers_control WHERE id = :source) WHERE id = :target""")
			.param("source", source.id())
			.param("target", target.id())
			.update();

		assertThatThrownBy(() -> this.store.file(target.id())).hasMessageContaining("Cannot decrypt");
	}

	@Test
	void everySpecialCategoryColumnOfTheModuleIsAnEncryptedColumn_MEN10() {
		List<String> special = this.catalogue.tables()
			.stream()
			.filter(table -> table.name().startsWith("dossiers_"))
			.flatMap(table -> table.columns()
				.stream()
				.filter(column -> column.category() == DataCategory.SPECIAL)
				.map(column -> table.name() + "." + column.name()))
			.toList();
		assertThat(special).isNotEmpty();
		assertThat(this.encrypted.stream().map(column -> column.table() + "." + column.column()).toList())
			.containsAll(special);
	}

	@Test
	void everyPsychosocialTextIsEncryptedInItsColumnAndBoundToItsRow_MEN5_MEN10() {
		CaseSummary one = psychosocialCase();
		CaseSummary other = psychosocialCase();
		String raw = this.jdbc.sql("SELECT * FROM dossiers_psychosocial_case WHERE id = :id")
			.param("id", one.id())
			.query()
			.singleRow()
			.values()
				+ " "
				+ this.jdbc.sql("SELECT * FROM dossiers_psychosocial_note WHERE case_id = :id")
					.param("id", one.id())
					.query()
					.listOfRows();

		assertThat(raw).doesNotContain("BULLYING-MARKER", "INVOLVED-MARKER", "INTERVIEW-MARKER", "OUTCOME-MARKER");
		CaseFile file = this.psychosocial.file(one);
		assertThat(file.account()).isEqualTo("BULLYING-MARKER");
		assertThat(file.involved()).isEqualTo("INVOLVED-MARKER");
		assertThat(file.outcome()).isEqualTo("OUTCOME-MARKER");
		assertThat(file.notes()).extracting(CaseFile.Note::text).containsExactly("INTERVIEW-MARKER");

		this.jdbc.sql("""
				UPDATE dossiers_psychosocial_case SET account_cipher =
					(SELECT account_cipher FROM dossiers_psychosocial_case WHERE id = :source) WHERE id = :target""")
			.param("source", one.id())
			.param("target", other.id())
			.update();
		assertThatThrownBy(() -> this.psychosocial.file(other)).hasMessageContaining("Cannot decrypt");
	}

	private CaseSummary psychosocialCase() {
		UUID id = UUID.randomUUID();
		AccountId adviser = AccountId.random();
		this.psychosocial
			.insert(new NewCase(id, FileReference.next("PS-"), PersonId.random(), "Client NV", CaseKind.INDIVIDUAL,
					LocalDate.now(), "BULLYING-MARKER", "INVOLVED-MARKER", adviser, "adviser", Instant.now()));
		this.psychosocial.note(id, UUID.randomUUID(), LocalDate.now(), "INTERVIEW-MARKER", adviser, Instant.now());
		this.psychosocial.close(id, LocalDate.now(), "OUTCOME-MARKER");
		return this.psychosocial.summary(id).orElseThrow();
	}

	private ControlSummary ordered() {
		ControlSummary control = this.controls
			.ordered(this.training.client("hr+" + System.nanoTime() + "@example.org"));
		this.controls.examined(control, new Finding(LocalDate.now(), Conclusion.NOT_JUSTIFIED, null,
				LocalDate.now().plusDays(1), ControlFixtures.FINDINGS));
		return control;
	}

}
