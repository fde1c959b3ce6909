package org.tutela.dossiers.privacy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.dossiers.awards.AwardStore;
import org.tutela.dossiers.inspection.ControlStore;
import org.tutela.dossiers.psychosocial.PsychosocialCases;
import org.tutela.dossiers.psychosocial.PsychosocialStore;
import org.tutela.dossiers.psychosocial.ServiceChangeStore;
import org.tutela.dossiers.surveillance.HealthFileStore;
import org.tutela.dossiers.surveillance.HealthFiles;
import org.tutela.dossiers.transfer.TransferStore;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.ErasureMode;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalDataProvider;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.personaldata.RetentionAction;
import org.tutela.platform.crypto.EncryptedColumn;

/**
 * The dossiers module's part of the catalogue. A control's file leaves the module only
 * through the controls themselves: the catalogue, and with it the person's overview, the
 * portability export and the staff privacy view, sees its envelope (which employer asked,
 * when, where it stands), never a health datum (decision 013).
 */
@Component
class DossiersPersonalData implements PersonalDataProvider {

	static final String CONTROL = "absenteeism-control";

	static final String AWARDS = "awards";

	static final String SURVEILLANCE = HealthFiles.PURPOSE;

	private static final String ACCOUNTABILITY = "accountability";

	private static final String ACCESS = "access-control";

	private static final DeclaredTable DEPARTMENTS = DeclaredTable.withoutPersonalData("dossiers_department")
		.plain("id", "name", "created_at")
		.build();

	private static final DeclaredTable MEMBERS = DeclaredTable
		.about(DataSubject.STAFF, "dossiers_department_member", "account_id")
		.plain("department_id", "account_id")
		.column("head", DataCategory.ACCOUNT, ACCESS)
		.build();

	private static final DeclaredTable CONTROLS = DeclaredTable
		.about(DataSubject.PERSON, "dossiers_control", "worker_id")
		.plain("id", "reference", "worker_id", "department_id", "report_disclosure_id")
		.column("organisation_id", DataCategory.PROFESSIONAL, CONTROL)
		.column("ordered_by", DataCategory.PROVENANCE, CONTROL)
		.column("channel", DataCategory.PROVENANCE, CONTROL)
		.column("ordered_at", DataCategory.PROVENANCE, CONTROL)
		.column("entered_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
		.column("employee_number_kind", DataCategory.PROVENANCE, CONTROL)
		.column("employee_number_cipher", DataCategory.IDENTIFIER, CONTROL)
		.column("employee_number_index", DataCategory.PSEUDONYM, CONTROL)
		.column("stay_postcode", DataCategory.CONTACT, CONTROL)
		.column("stay_country", DataCategory.CONTACT, CONTROL)
		.column("stay_cipher", DataCategory.CONTACT, CONTROL)
		.column("incapacity_cipher", DataCategory.SPECIAL, CONTROL)
		.column("attending_doctor_cipher", DataCategory.SPECIAL, CONTROL)
		.column("status", DataCategory.PROVENANCE, CONTROL)
		.column("physician_id", DataCategory.ACCOUNT, CONTROL)
		.column("assigned_at", DataCategory.PROVENANCE, CONTROL)
		.column("assigned_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
		.column("visit_kind", DataCategory.PROVENANCE, CONTROL)
		.column("visit_at", DataCategory.PROVENANCE, CONTROL)
		.column("visit_place", DataCategory.PROVENANCE, CONTROL)
		.column("reported_at", DataCategory.PROVENANCE, CONTROL)
		.column("incident_on", DataCategory.PROVENANCE, CONTROL)
		.confidentialFile("medical")
		.build();

	private static final DeclaredTable FINDINGS = DeclaredTable
		.about(DataSubject.PERSON, "dossiers_control_finding", null)
		.plain("control_id")
		.column("examined_on", DataCategory.PROVENANCE, CONTROL)
		.column("conclusion_cipher", DataCategory.SPECIAL, CONTROL)
		.column("findings_cipher", DataCategory.SPECIAL, CONTROL)
		.column("recorded_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
		.column("recorded_at", DataCategory.PROVENANCE, CONTROL)
		.confidentialFile("medical")
		.build();

	private static final DeclaredTable AWARD_LIST = DeclaredTable.withoutPersonalData("dossiers_award")
		.plain("id", "name", "award_year", "created_at")
		.build();

	private static final DeclaredTable JURORS = DeclaredTable
		.about(DataSubject.STAFF, "dossiers_award_juror", "account_id")
		.plain("award_id", "account_id")
		.column("assigned_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
		.column("assigned_at", DataCategory.PROVENANCE, AWARDS)
		.column("signed_at", DataCategory.PROVENANCE, AWARDS)
		.column("statement_version", DataCategory.PROVENANCE, AWARDS)
		.build();

	/**
	 * A candidacy's envelope shows in the person's overview; its summary and document
	 * stay with the jury (VCK-5, decision 013).
	 */
	private static final DeclaredTable CANDIDACIES = DeclaredTable
		.about(DataSubject.PERSON, "dossiers_candidacy", "candidate_id")
		.plain("id", "award_id", "candidate_id")
		.column("organisation_id", DataCategory.COMPANY, AWARDS)
		.column("title", DataCategory.PROFESSIONAL, AWARDS)
		.column("received_on", DataCategory.PROVENANCE, AWARDS)
		.column("summary_cipher", DataCategory.PROFESSIONAL, AWARDS)
		.column("document_name", DataCategory.PROFESSIONAL, AWARDS)
		.column("document_cipher", DataCategory.PROFESSIONAL, AWARDS)
		.column("entered_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
		.column("entered_at", DataCategory.PROVENANCE, AWARDS)
		.confidentialFile("award")
		.build();

	/**
	 * A transfer's record names the receiving service's director and keeps their letter;
	 * which workers went is in the disclosure log.
	 */
	private static final DeclaredTable TRANSFERS = DeclaredTable.withoutPersonalData("dossiers_transfer")
		.plain("id", "reference", "organisation_id", "receiving_service", "letter_date", "letter_type", "sealed_with",
				"key_fingerprint", "files", "workers", "package_sha256", "made_at")
		.column("director", DataCategory.IDENTITY, ACCOUNTABILITY)
		.column("letter_name", DataCategory.PROVENANCE, ACCOUNTABILITY)
		.column("letter_cipher", DataCategory.PROVENANCE, ACCOUNTABILITY)
		.column("made_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
		.build();

	private static final DeclaredTable PSYCHOSOCIAL_CASES = DeclaredTable
		.about(DataSubject.PERSON, "dossiers_psychosocial_case", "applicant_id")
		.plain("id", "reference", "applicant_id", "handed_over_in")
		.column("employer", DataCategory.PROFESSIONAL, PsychosocialCases.PURPOSE)
		.column("informed_on", DataCategory.PROVENANCE, PsychosocialCases.PURPOSE)
		.column("kind", DataCategory.PROVENANCE, PsychosocialCases.PURPOSE)
		.column("submitted_on", DataCategory.PROVENANCE, PsychosocialCases.PURPOSE)
		.column("account_cipher", DataCategory.SPECIAL, PsychosocialCases.PURPOSE)
		.column("involved_cipher", DataCategory.SPECIAL, PsychosocialCases.PURPOSE)
		.column("adviser_id", DataCategory.ACCOUNT, PsychosocialCases.PURPOSE)
		.column("registered_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
		.column("registered_at", DataCategory.PROVENANCE, PsychosocialCases.PURPOSE)
		.column("status", DataCategory.PROVENANCE, PsychosocialCases.PURPOSE)
		.column("closed_on", DataCategory.PROVENANCE, PsychosocialCases.PURPOSE)
		.column("outcome_cipher", DataCategory.SPECIAL, PsychosocialCases.PURPOSE)
		.confidentialFile("psychosocial")
		.build();

	private static final DeclaredTable PSYCHOSOCIAL_NOTES = DeclaredTable
		.about(DataSubject.PERSON, "dossiers_psychosocial_note", null)
		.plain("id", "case_id")
		.column("noted_on", DataCategory.PROVENANCE, PsychosocialCases.PURPOSE)
		.column("text_cipher", DataCategory.SPECIAL, PsychosocialCases.PURPOSE)
		.column("written_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
		.column("written_at", DataCategory.PROVENANCE, PsychosocialCases.PURPOSE)
		.confidentialFile("psychosocial")
		.build();

	/**
	 * A client's change of service names the new service's psychosocial prevention
	 * adviser as the client gave them, and may keep the client's letter; which cases went
	 * is in the disclosure log and the list of each package (art. 34).
	 */
	private static final DeclaredTable PSYCHOSOCIAL_CHANGES = DeclaredTable
		.withoutPersonalData("dossiers_psychosocial_change")
		.plain("id", "reference", "employer", "new_service", "changed_on", "letter_type", "recorded_at")
		.column("adviser_id", DataCategory.ACCOUNT, ACCOUNTABILITY)
		.column("new_adviser", DataCategory.IDENTITY, ACCOUNTABILITY)
		.column("new_adviser_address", DataCategory.CONTACT, ACCOUNTABILITY)
		.column("letter_name", DataCategory.PROVENANCE, ACCOUNTABILITY)
		.column("letter_cipher", DataCategory.PROVENANCE, ACCOUNTABILITY)
		.build();

	/** The new adviser's reason for a copy of a closed case goes with the case. */
	private static final DeclaredTable PSYCHOSOCIAL_COPY_REQUESTS = DeclaredTable
		.about(DataSubject.PERSON, "dossiers_psychosocial_copy_request", null)
		.plain("id", "change_id", "case_id")
		.column("requested_on", DataCategory.PROVENANCE, PsychosocialCases.PURPOSE)
		.column("reason_cipher", DataCategory.SPECIAL, PsychosocialCases.PURPOSE)
		.column("recorded_at", DataCategory.PROVENANCE, PsychosocialCases.PURPOSE)
		.confidentialFile("psychosocial")
		.build();

	private static final DeclaredTable PSYCHOSOCIAL_TRANSFERS = DeclaredTable
		.withoutPersonalData("dossiers_psychosocial_transfer")
		.plain("id", "reference", "change_id", "sealed_with", "key_fingerprint", "files", "package_sha256", "made_at")
		.build();

	private static final DeclaredTable PSYCHOSOCIAL_TRANSFERRED = DeclaredTable
		.withoutPersonalData("dossiers_psychosocial_transferred")
		.plain("transfer_id", "case_id")
		.build();

	/** Section 4: a workstation's exposure is no one's personal data. */
	private static final DeclaredTable WORKSTATIONS = DeclaredTable.withoutPersonalData("dossiers_workstation")
		.plain("id", "organisation_id", "name", "exposure", "changed_at")
		.build();

	private static final DeclaredTable HEALTH_FILES = DeclaredTable
		.about(DataSubject.PERSON, "dossiers_health_file", "worker_id")
		.plain("id", "reference", "worker_id", "department_id", "workstation_id")
		.column("organisation_id", DataCategory.PROFESSIONAL, SURVEILLANCE)
		.column("job_function", DataCategory.PROFESSIONAL, SURVEILLANCE)
		.column("employed_since", DataCategory.PROFESSIONAL, SURVEILLANCE)
		.column("opened_at", DataCategory.PROVENANCE, SURVEILLANCE)
		.column("opened_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
		.column("physician_id", DataCategory.ACCOUNT, SURVEILLANCE)
		.column("assigned_at", DataCategory.PROVENANCE, SURVEILLANCE)
		.column("assigned_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
		.column("history_cipher", DataCategory.SPECIAL, SURVEILLANCE)
		.column("last_contact_on", DataCategory.PROVENANCE, SURVEILLANCE)
		.confidentialFile("medical")
		.build();

	private static final DeclaredTable HEALTH_EXAMINATIONS = DeclaredTable
		.about(DataSubject.PERSON, "dossiers_health_examination", null)
		.plain("id", "file_id", "disclosure_id")
		.column("form", DataCategory.PROVENANCE, SURVEILLANCE)
		.column("examined_on", DataCategory.PROVENANCE, SURVEILLANCE)
		.column("physician_id", DataCategory.ACCOUNT, SURVEILLANCE)
		.column("findings_cipher", DataCategory.SPECIAL, SURVEILLANCE)
		.column("conclusion_cipher", DataCategory.SPECIAL, SURVEILLANCE)
		.column("recorded_at", DataCategory.PROVENANCE, SURVEILLANCE)
		.column("issued_at", DataCategory.PROVENANCE, SURVEILLANCE)
		.column("handed_at", DataCategory.PROVENANCE, SURVEILLANCE)
		.confidentialFile("medical")
		.build();

	private static final DeclaredTable HEALTH_NOTES = DeclaredTable
		.about(DataSubject.PERSON, "dossiers_health_note", null)
		.plain("id", "file_id")
		.column("author_id", DataCategory.ACCOUNT, SURVEILLANCE)
		.column("written_on", DataCategory.PROVENANCE, SURVEILLANCE)
		.column("note_cipher", DataCategory.SPECIAL, SURVEILLANCE)
		.column("written_at", DataCategory.PROVENANCE, SURVEILLANCE)
		.confidentialFile("medical")
		.build();

	private final ControlStore store;

	private final AwardStore awards;

	private final ExpiringCandidacies candidacies;

	private final HealthFileStore health;

	private final ExpiringHealthFiles healthFiles;

	private final ExpiringControls controls;

	private final JdbcClient jdbc;

	private final PsychosocialStore psychosocial;

	private final ExpiringPsychosocialFiles psychosocialFiles;

	DossiersPersonalData(ControlStore store, ExpiringControls controls, HealthFileStore health,
			ExpiringHealthFiles healthFiles, PsychosocialStore psychosocial,
			ExpiringPsychosocialFiles psychosocialFiles, AwardStore awards, ExpiringCandidacies candidacies,
			JdbcClient jdbc) {
		this.store = store;
		this.health = health;
		this.healthFiles = healthFiles;
		this.awards = awards;
		this.candidacies = candidacies;
		this.controls = controls;
		this.jdbc = jdbc;
		this.psychosocial = psychosocial;
		this.psychosocialFiles = psychosocialFiles;
	}

	@Override
	public String module() {
		return "dossiers";
	}

	@Override
	public List<DeclaredTable> tables() {
		return List.of(DEPARTMENTS, MEMBERS, CONTROLS, FINDINGS, WORKSTATIONS, HEALTH_FILES, HEALTH_EXAMINATIONS,
				HEALTH_NOTES, PSYCHOSOCIAL_CASES, PSYCHOSOCIAL_NOTES, PSYCHOSOCIAL_CHANGES, PSYCHOSOCIAL_COPY_REQUESTS,
				PSYCHOSOCIAL_TRANSFERS, PSYCHOSOCIAL_TRANSFERRED, TRANSFERS, AWARD_LIST, JURORS, CANDIDACIES);
	}

	/**
	 * The envelope of each control, health file and psychosocial case: that a file
	 * exists, never what it holds.
	 */
	@Override
	public List<PersonalRecord> export(PersonId person) {
		return Stream
			.of(this.store.envelopesAbout(person).stream().map(row -> CONTROLS.record(null, row)),
					this.health.envelopesAbout(person).stream().map(row -> HEALTH_FILES.record(null, row)),
					this.psychosocial.envelopesAbout(person).stream().map(row -> PSYCHOSOCIAL_CASES.record(null, row)),
					this.awards.envelopesAbout(person).stream().map(row -> CANDIDACIES.record(null, row)))
			.flatMap(stream -> stream)
			.toList();
	}

	/**
	 * The worker's controls go with their findings; an order a contact placed stays the
	 * employer's, without the contact's name.
	 */
	@Override
	public void erase(PersonId person, ErasureMode mode) {
		this.controls.apply(RetentionAction.DELETE, this.store.idsOfWorker(person));
		this.psychosocialFiles.apply(RetentionAction.DELETE, this.psychosocial.idsOfApplicant(person));
		this.healthFiles.apply(RetentionAction.DELETE, this.health.idsOfWorker(person));
		this.candidacies.apply(RetentionAction.DELETE,
				this.awards.candidaciesOf(person).stream().map(candidacy -> candidacy.id().toString()).toList());
		this.jdbc.sql("UPDATE dossiers_control SET ordered_by = NULL WHERE ordered_by = :person")
			.param("person", person.value())
			.update();
	}

	/**
	 * Restriction stops new processing through the purpose guard; the file stays as it
	 * is.
	 */
	@Override
	public void restrict(PersonId person, boolean restricted) {
		// Nothing to mark here.
	}

	@Override
	public void reassign(PersonId from, PersonId into) {
		this.jdbc.sql("UPDATE dossiers_control SET worker_id = :into WHERE worker_id = :from")
			.param("from", from.value())
			.param("into", into.value())
			.update();
		this.jdbc.sql("UPDATE dossiers_health_file SET worker_id = :into WHERE worker_id = :from")
			.param("from", from.value())
			.param("into", into.value())
			.update();
		this.jdbc.sql("UPDATE dossiers_control SET ordered_by = :into WHERE ordered_by = :from")
			.param("from", from.value())
			.param("into", into.value())
			.update();
		this.jdbc.sql("UPDATE dossiers_psychosocial_case SET applicant_id = :into WHERE applicant_id = :from")
			.param("from", from.value())
			.param("into", into.value())
			.update();
		this.jdbc.sql("UPDATE dossiers_candidacy SET candidate_id = :into WHERE candidate_id = :from")
			.param("from", from.value())
			.param("into", into.value())
			.update();
	}

	/**
	 * The day of the last report: a claim can arise from it for five years (CER-13); the
	 * last contact in a health file, kept 40 years from it, and the day the last request
	 * for psychosocial intervention was submitted, kept 20 years from it (MEN-24); the
	 * day the last award candidacy was received (VCK-5).
	 */
	@Override
	public Map<Anchor, LocalDate> anchors(PersonId person) {
		Map<Anchor, LocalDate> anchors = new EnumMap<>(Anchor.class);
		latest("SELECT MAX(incident_on) FROM dossiers_control WHERE worker_id = :worker", person)
			.ifPresent(last -> anchors.put(Anchor.INCIDENT_DATE, last));
		latest("SELECT MAX(last_contact_on) FROM dossiers_health_file WHERE worker_id = :worker", person)
			.ifPresent(last -> anchors.put(Anchor.LAST_CONTACT, last));
		latest("SELECT MAX(submitted_on) FROM dossiers_psychosocial_case WHERE applicant_id = :worker", person)
			.ifPresent(last -> anchors.merge(Anchor.COLLECTION, last, DossiersPersonalData::later));
		latest("SELECT MAX(received_on) FROM dossiers_candidacy WHERE candidate_id = :worker", person)
			.ifPresent(last -> anchors.merge(Anchor.COLLECTION, last, DossiersPersonalData::later));
		return anchors;
	}

	private static LocalDate later(LocalDate one, LocalDate other) {
		return one.isAfter(other) ? one : other;
	}

	private Optional<LocalDate> latest(String query, PersonId person) {
		return this.jdbc.sql(query).param("worker", person.value()).query(LocalDate.class).optional();
	}

	@Bean
	static EncryptedColumn transferLetters() {
		return TransferStore.LETTER;
	}

	@Bean
	static EncryptedColumn controlEmployeeNumbers() {
		return ControlStore.EMPLOYEE_NUMBER;
	}

	@Bean
	static EncryptedColumn controlStays() {
		return ControlStore.STAY;
	}

	@Bean
	static EncryptedColumn controlIncapacities() {
		return ControlStore.INCAPACITY;
	}

	@Bean
	static EncryptedColumn controlAttendingDoctors() {
		return ControlStore.ATTENDING_DOCTOR;
	}

	@Bean
	static EncryptedColumn controlConclusions() {
		return ControlStore.CONCLUSION;
	}

	@Bean
	static EncryptedColumn controlFindings() {
		return ControlStore.FINDINGS;
	}

	@Bean
	static EncryptedColumn candidacySummaries() {
		return AwardStore.SUMMARY;
	}

	@Bean
	static EncryptedColumn candidacyDocuments() {
		return AwardStore.DOCUMENT;
	}

	@Bean
	static EncryptedColumn psychosocialAccounts() {
		return PsychosocialStore.ACCOUNT;
	}

	@Bean
	static EncryptedColumn psychosocialInvolved() {
		return PsychosocialStore.INVOLVED;
	}

	@Bean
	static EncryptedColumn psychosocialOutcomes() {
		return PsychosocialStore.OUTCOME;
	}

	@Bean
	static EncryptedColumn psychosocialNotes() {
		return PsychosocialStore.NOTE;
	}

	@Bean
	static EncryptedColumn psychosocialChangeLetters() {
		return ServiceChangeStore.LETTER;
	}

	@Bean
	static EncryptedColumn psychosocialCopyReasons() {
		return ServiceChangeStore.REASON;
	}

	@Bean
	static EncryptedColumn healthHistories() {
		return HealthFileStore.HISTORY;
	}

	@Bean
	static EncryptedColumn healthFindings() {
		return HealthFileStore.FINDINGS;
	}

	@Bean
	static EncryptedColumn healthConclusions() {
		return HealthFileStore.CONCLUSION;
	}

	@Bean
	static EncryptedColumn healthNotes() {
		return HealthFileStore.NOTE;
	}

}
