package org.tutela.dossiers.privacy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.dossiers.inspection.ControlStore;
import org.tutela.dossiers.psychosocial.PsychosocialCases;
import org.tutela.dossiers.psychosocial.PsychosocialStore;
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

	private static final DeclaredTable PSYCHOSOCIAL_CASES = DeclaredTable
		.about(DataSubject.PERSON, "dossiers_psychosocial_case", "applicant_id")
		.plain("id", "reference", "applicant_id")
		.column("employer", DataCategory.PROFESSIONAL, PsychosocialCases.PURPOSE)
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

	private final ControlStore store;

	private final ExpiringControls controls;

	private final JdbcClient jdbc;

	private final PsychosocialStore psychosocial;

	private final ExpiringPsychosocialFiles psychosocialFiles;

	DossiersPersonalData(ControlStore store, ExpiringControls controls, JdbcClient jdbc, PsychosocialStore psychosocial,
			ExpiringPsychosocialFiles psychosocialFiles) {
		this.store = store;
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
		return List.of(DEPARTMENTS, MEMBERS, CONTROLS, FINDINGS, PSYCHOSOCIAL_CASES, PSYCHOSOCIAL_NOTES);
	}

	/**
	 * The envelope of each control and psychosocial case: that a file exists, never what
	 * it holds.
	 */
	@Override
	public List<PersonalRecord> export(PersonId person) {
		return Stream
			.concat(this.store.envelopesAbout(person).stream().map(row -> CONTROLS.record(null, row)),
					this.psychosocial.envelopesAbout(person).stream().map(row -> PSYCHOSOCIAL_CASES.record(null, row)))
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
		this.jdbc.sql("UPDATE dossiers_control SET ordered_by = :into WHERE ordered_by = :from")
			.param("from", from.value())
			.param("into", into.value())
			.update();
		this.jdbc.sql("UPDATE dossiers_psychosocial_case SET applicant_id = :into WHERE applicant_id = :from")
			.param("from", from.value())
			.param("into", into.value())
			.update();
	}

	/**
	 * The day of the last report: a claim can arise from it for five years (CER-13); the
	 * day the last request for psychosocial intervention was submitted, from which its
	 * file is kept 20 years (MEN-24).
	 */
	@Override
	public Map<Anchor, LocalDate> anchors(PersonId person) {
		Map<Anchor, LocalDate> anchors = new EnumMap<>(Anchor.class);
		this.jdbc.sql("SELECT MAX(incident_on) FROM dossiers_control WHERE worker_id = :worker")
			.param("worker", person.value())
			.query(LocalDate.class)
			.optional()
			.ifPresent(last -> anchors.put(Anchor.INCIDENT_DATE, last));
		this.jdbc.sql("SELECT MAX(submitted_on) FROM dossiers_psychosocial_case WHERE applicant_id = :applicant")
			.param("applicant", person.value())
			.query(LocalDate.class)
			.optional()
			.ifPresent(last -> anchors.put(Anchor.COLLECTION, last));
		return anchors;
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

}
