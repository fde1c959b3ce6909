package org.tutela.dossiers.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.dossiers.AttendingDoctor;
import org.tutela.dossiers.Channel;
import org.tutela.dossiers.Conclusion;
import org.tutela.dossiers.ControlFile;
import org.tutela.dossiers.ControlStatus;
import org.tutela.dossiers.ControlSummary;
import org.tutela.dossiers.EmployeeNumberKind;
import org.tutela.dossiers.Finding;
import org.tutela.dossiers.Incapacity;
import org.tutela.dossiers.Stay;
import org.tutela.dossiers.VisitKind;
import org.tutela.identity.AccountId;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.crypto.EncryptedColumn;
import org.tutela.platform.crypto.FieldCipher;

import tools.jackson.databind.json.JsonMapper;

/**
 * The controls and their findings. Every health datum, the employer's number for the
 * worker and the place of stay are encrypted here, each column's value bound to its row,
 * and decrypted only by {@link #file}; everything else reads the envelope, which holds
 * none of them.
 */
@Repository
public class ControlStore {

	public static final EncryptedColumn EMPLOYEE_NUMBER = new EncryptedColumn("dossiers_control", "id",
			"employee_number_cipher");

	public static final EncryptedColumn STAY = new EncryptedColumn("dossiers_control", "id", "stay_cipher");

	public static final EncryptedColumn INCAPACITY = new EncryptedColumn("dossiers_control", "id", "incapacity_cipher");

	public static final EncryptedColumn ATTENDING_DOCTOR = new EncryptedColumn("dossiers_control", "id",
			"attending_doctor_cipher");

	public static final EncryptedColumn CONCLUSION = new EncryptedColumn("dossiers_control_finding", "control_id",
			"conclusion_cipher");

	public static final EncryptedColumn FINDINGS = new EncryptedColumn("dossiers_control_finding", "control_id",
			"findings_cipher");

	private static final String ENVELOPE = """
			SELECT id, reference, worker_id, organisation_id, ordered_by, channel, ordered_at, status, stay_postcode,
				department_id, physician_id, visit_kind, visit_at, visit_place, reported_at, incident_on
			FROM dossiers_control""";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	private final JsonMapper json;

	ControlStore(JdbcClient jdbc, FieldCipher cipher, JsonMapper json) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.json = json;
	}

	/** Stores a checked order, each confidential value encrypted under its own row. */
	public void insert(NewControl control) {
		UUID id = control.id();
		this.jdbc
			.sql("""
					INSERT INTO dossiers_control (id, reference, worker_id, organisation_id, ordered_by, channel, ordered_at,
						entered_by, employee_number_kind, employee_number_cipher, employee_number_index, stay_postcode,
						stay_country, stay_cipher, incapacity_cipher, attending_doctor_cipher, status)
					VALUES (:id, :reference, :worker, :organisation, :orderedBy, :channel, :orderedAt, :enteredBy, :numberKind,
						:number, :numberIndex, :postcode, :country, :stay, :incapacity, :doctor, 'ORDERED')""")
			.param("id", id)
			.param("reference", control.reference())
			.param("worker", control.worker().value())
			.param("organisation", control.organisation())
			.param("orderedBy", control.orderedBy() == null ? null : control.orderedBy().value())
			.param("channel", control.channel().name())
			.param("orderedAt", at(control.orderedAt()))
			.param("enteredBy", control.enteredBy())
			.param("numberKind", control.numberKind() == null ? null : control.numberKind().name())
			.param("number", this.cipher.encrypt(EMPLOYEE_NUMBER.field(id), control.employeeNumber()))
			.param("numberIndex", control.employeeNumberIndex())
			.param("postcode", control.stay().postcode())
			.param("country", control.stay().country())
			.param("stay", seal(STAY, id, control.stay()))
			.param("incapacity", seal(INCAPACITY, id, control.incapacity()))
			.param("doctor",
					control.attendingDoctor() == null ? null : seal(ATTENDING_DOCTOR, id, control.attendingDoctor()))
			.update();
	}

	public Optional<ControlSummary> summary(UUID id) {
		return this.jdbc.sql(ENVELOPE + " WHERE id = :id").param("id", id).query(ControlStore::summary).optional();
	}

	/**
	 * The whole file, decrypted: only after the caller's right to read it was checked.
	 */
	public Optional<ControlFile> file(UUID id) {
		return summary(id).map(this::file);
	}

	/** The whole file of a control whose envelope was read already, decrypted. */
	public ControlFile file(ControlSummary control) {
		return this.jdbc.sql("""
				SELECT c.employee_number_kind, c.employee_number_cipher, c.stay_cipher, c.incapacity_cipher,
					c.attending_doctor_cipher, f.examined_on, f.conclusion_cipher, f.findings_cipher
				FROM dossiers_control c LEFT JOIN dossiers_control_finding f ON f.control_id = c.id
				WHERE c.id = :id""").param("id", control.id()).query((row, number) -> file(control, row)).single();
	}

	private ControlFile file(ControlSummary control, ResultSet row) throws SQLException {
		UUID id = control.id();
		String kind = row.getString("employee_number_kind");
		String doctor = row.getString("attending_doctor_cipher");
		LocalDate examined = row.getObject("examined_on", LocalDate.class);
		Finding finding = null;
		if (examined != null) {
			Verdict verdict = open(CONCLUSION, id, row.getString("conclusion_cipher"), Verdict.class);
			finding = new Finding(examined, verdict.conclusion(), verdict.justifiedUntil(), verdict.resumableOn(),
					this.cipher.decrypt(FINDINGS.field(id), row.getString("findings_cipher")));
		}
		return new ControlFile(control, kind == null ? null : EmployeeNumberKind.valueOf(kind),
				this.cipher.decrypt(EMPLOYEE_NUMBER.field(id), row.getString("employee_number_cipher")),
				open(STAY, id, row.getString("stay_cipher"), Stay.class),
				open(INCAPACITY, id, row.getString("incapacity_cipher"), Incapacity.class),
				doctor == null ? null : open(ATTENDING_DOCTOR, id, doctor, AttendingDoctor.class), finding);
	}

	/**
	 * The worker an earlier control of this employer named by the same number: the same
	 * person, known to this employer only by that number.
	 */
	public Optional<PersonId> workerNumbered(UUID organisation, String numberIndex) {
		return this.jdbc.sql("""
				SELECT worker_id FROM dossiers_control WHERE organisation_id = :organisation
					AND employee_number_index = :index ORDER BY ordered_at DESC""")
			.param("organisation", organisation)
			.param("index", numberIndex)
			.query(UUID.class)
			.list()
			.stream()
			.findFirst()
			.map(PersonId::of);
	}

	/** Controls of this worker for this employer that are still under way. */
	public List<ControlSummary> openFor(PersonId worker, UUID organisation) {
		return this.jdbc
			.sql(ENVELOPE + " WHERE worker_id = :worker AND organisation_id = :organisation"
					+ " AND status NOT IN ('REPORTED', 'CANCELLED')")
			.param("worker", worker.value())
			.param("organisation", organisation)
			.query(ControlStore::summary)
			.list();
	}

	/** The controls of these employers, newest first. */
	public List<ControlSummary> orderedBy(Collection<UUID> organisations) {
		if (organisations.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(ENVELOPE + " WHERE organisation_id IN (:organisations) ORDER BY ordered_at DESC")
			.param("organisations", organisations)
			.query(ControlStore::summary)
			.list();
	}

	/**
	 * The controls assigned to this physician, open ones first by when they were ordered.
	 */
	public List<ControlSummary> assignedTo(AccountId physician) {
		return this.jdbc.sql(ENVELOPE + " WHERE physician_id = :physician ORDER BY ordered_at DESC")
			.param("physician", physician.value())
			.query(ControlStore::summary)
			.list();
	}

	/** The controls of the departments this account heads. */
	public List<ControlSummary> ofDepartmentsHeadedBy(AccountId head) {
		return this.jdbc
			.sql(ENVELOPE + " WHERE department_id IN (SELECT department_id FROM dossiers_department_member"
					+ " WHERE account_id = :head AND head) ORDER BY ordered_at DESC")
			.param("head", head.value())
			.query(ControlStore::summary)
			.list();
	}

	/** The controls about this worker, oldest first. */
	public List<ControlSummary> about(PersonId worker) {
		return this.jdbc.sql(ENVELOPE + " WHERE worker_id = :worker ORDER BY ordered_at")
			.param("worker", worker.value())
			.query(ControlStore::summary)
			.list();
	}

	/** How many orders wait for a physician: a count, naming nobody. */
	public int countWaiting() {
		return this.jdbc.sql("SELECT COUNT(*) FROM dossiers_control WHERE status = 'ORDERED'")
			.query(Integer.class)
			.single();
	}

	/** How many controls still under way are assigned to this physician. */
	public int countOpenAssignedTo(AccountId physician) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM dossiers_control
				WHERE physician_id = :physician AND status IN ('ASSIGNED', 'PLANNED', 'EXAMINED')""")
			.param("physician", physician.value())
			.query(Integer.class)
			.single();
	}

	/** Orders no physician has yet, oldest first. */
	public List<ControlSummary> waiting() {
		return this.jdbc.sql(ENVELOPE + " WHERE status = 'ORDERED' ORDER BY ordered_at")
			.query(ControlStore::summary)
			.list();
	}

	public void assign(UUID id, UUID department, AccountId physician, String by, Instant at) {
		this.jdbc.sql("""
				UPDATE dossiers_control SET department_id = :department, physician_id = :physician, assigned_by = :by,
					assigned_at = :at, status = CASE WHEN status = 'ORDERED' THEN 'ASSIGNED' ELSE status END
				WHERE id = :id""")
			.param("id", id)
			.param("department", department)
			.param("physician", physician.value())
			.param("by", by)
			.param("at", at(at))
			.update();
	}

	public void plan(UUID id, VisitKind kind, Instant at, @Nullable String place) {
		this.jdbc.sql("""
				UPDATE dossiers_control SET visit_kind = :kind, visit_at = :at, visit_place = :place, status = 'PLANNED'
				WHERE id = :id""")
			.param("id", id)
			.param("kind", kind.name())
			.param("at", at(at))
			.param("place", place)
			.update();
	}

	/** Records or replaces the findings; the control is examined. */
	public void record(UUID id, Finding finding, AccountId by, Instant at) {
		this.jdbc.sql("DELETE FROM dossiers_control_finding WHERE control_id = :id").param("id", id).update();
		this.jdbc.sql("""
				INSERT INTO dossiers_control_finding (control_id, examined_on, conclusion_cipher, findings_cipher,
					recorded_by, recorded_at)
				VALUES (:id, :examined, :conclusion, :findings, :by, :at)""")
			.param("id", id)
			.param("examined", finding.examinedOn())
			.param("conclusion",
					seal(CONCLUSION, id,
							new Verdict(finding.conclusion(), finding.justifiedUntil(), finding.resumableOn())))
			.param("findings", this.cipher.encrypt(FINDINGS.field(id), finding.findings()))
			.param("by", by.value())
			.param("at", at(at))
			.update();
		this.jdbc.sql("UPDATE dossiers_control SET status = 'EXAMINED' WHERE id = :id").param("id", id).update();
	}

	/**
	 * The employer has the conclusion: the day of the report is the incident from which
	 * the control is kept (CER-13).
	 */
	public void reported(UUID id, Instant at, UUID disclosure, LocalDate incident) {
		this.jdbc.sql("""
				UPDATE dossiers_control SET status = 'REPORTED', reported_at = :at, report_disclosure_id = :disclosure,
					incident_on = :incident WHERE id = :id""")
			.param("id", id)
			.param("at", at(at))
			.param("disclosure", disclosure)
			.param("incident", incident)
			.update();
	}

	/**
	 * Calls off a control not yet examined; the day it is called off is the incident its
	 * retention counts from. Whether it changed anything.
	 */
	public boolean cancel(UUID id, LocalDate today) {
		return this.jdbc.sql("""
				UPDATE dossiers_control SET status = 'CANCELLED', incident_on = :today
				WHERE id = :id AND status IN ('ORDERED', 'ASSIGNED', 'PLANNED')""")
			.param("id", id)
			.param("today", today)
			.update() > 0;
	}

	/** The envelope of each of the worker's controls, as the catalogue exports it. */
	public List<Map<String, Object>> envelopesAbout(PersonId worker) {
		return this.jdbc.sql("""
				SELECT reference, organisation_id, ordered_at, status, incident_on FROM dossiers_control
				WHERE worker_id = :worker ORDER BY ordered_at""").param("worker", worker.value()).query().listOfRows();
	}

	public List<String> idsOfWorker(PersonId worker) {
		return this.jdbc.sql("SELECT id FROM dossiers_control WHERE worker_id = :worker")
			.param("worker", worker.value())
			.query(String.class)
			.list();
	}

	private @Nullable String seal(EncryptedColumn column, UUID id, Object value) {
		return this.cipher.encrypt(column.field(id), this.json.writeValueAsString(value));
	}

	private <T> T open(EncryptedColumn column, UUID id, @Nullable String ciphertext, Class<T> type) {
		return this.json.readValue(this.cipher.decrypt(column.field(id), ciphertext), type);
	}

	private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static ControlSummary summary(ResultSet row, int number) throws SQLException {
		UUID orderedBy = row.getObject("ordered_by", UUID.class);
		UUID physician = row.getObject("physician_id", UUID.class);
		String visit = row.getString("visit_kind");
		return new ControlSummary(row.getObject("id", UUID.class), row.getString("reference"),
				PersonId.of(row.getObject("worker_id", UUID.class)), row.getObject("organisation_id", UUID.class),
				orderedBy == null ? null : PersonId.of(orderedBy), Channel.valueOf(row.getString("channel")),
				instant(row, "ordered_at"), ControlStatus.valueOf(row.getString("status")),
				row.getString("stay_postcode"), row.getObject("department_id", UUID.class),
				physician == null ? null : new AccountId(physician), visit == null ? null : VisitKind.valueOf(visit),
				instant(row, "visit_at"), row.getString("visit_place"), instant(row, "reported_at"),
				row.getObject("incident_on", LocalDate.class));
	}

	/** The part of the findings the employer receives, sealed as one value. */
	record Verdict(Conclusion conclusion, @Nullable LocalDate justifiedUntil, @Nullable LocalDate resumableOn) {

	}

}
