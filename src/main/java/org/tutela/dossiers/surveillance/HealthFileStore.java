package org.tutela.dossiers.surveillance;

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
import org.tutela.identity.AccountId;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.crypto.EncryptedColumn;
import org.tutela.platform.crypto.FieldCipher;

import tools.jackson.databind.json.JsonMapper;

/**
 * Health files, their examinations, the physicians' notes and the workstations. The
 * occupational history, the findings, the assessments and the notes are encrypted, each
 * value bound to its row, and decrypted only by the methods that name them; the envelope
 * holds none of them. Each examination or note moves the file's last contact to its day
 * (MEN-24).
 */
@Repository
public class HealthFileStore {

	public static final EncryptedColumn HISTORY = new EncryptedColumn("dossiers_health_file", "id", "history_cipher");

	public static final EncryptedColumn FINDINGS = new EncryptedColumn("dossiers_health_examination", "id",
			"findings_cipher");

	public static final EncryptedColumn CONCLUSION = new EncryptedColumn("dossiers_health_examination", "id",
			"conclusion_cipher");

	public static final EncryptedColumn NOTE = new EncryptedColumn("dossiers_health_note", "id", "note_cipher");

	private static final String ENVELOPE = """
			SELECT id, reference, worker_id, organisation_id, workstation_id, job_function, employed_since, opened_at,
				department_id, physician_id, last_contact_on
			FROM dossiers_health_file""";

	private static final String EXAMINATIONS = """
			SELECT id, file_id, examined_on, physician_id, findings_cipher, conclusion_cipher, issued_at, handed_at
			FROM dossiers_health_examination""";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	private final JsonMapper json;

	HealthFileStore(JdbcClient jdbc, FieldCipher cipher, JsonMapper json) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.json = json;
	}

	public void insert(HealthFile file, AccountId openedBy) {
		this.jdbc
			.sql("""
					INSERT INTO dossiers_health_file (id, reference, worker_id, organisation_id, workstation_id, job_function,
						employed_since, opened_at, opened_by, department_id, physician_id, last_contact_on)
					VALUES (:id, :reference, :worker, :organisation, :workstation, :function, :since, :openedAt, :openedBy,
						:department, :physician, :lastContact)""")
			.param("id", file.id())
			.param("reference", file.reference())
			.param("worker", file.worker().value())
			.param("organisation", file.organisation())
			.param("workstation", file.workstation())
			.param("function", file.jobFunction())
			.param("since", file.employedSince())
			.param("openedAt", at(file.openedAt()))
			.param("openedBy", openedBy.value())
			.param("department", file.department())
			.param("physician", file.physician().value())
			.param("lastContact", file.lastContactOn())
			.update();
	}

	public Optional<HealthFile> file(UUID id) {
		return this.jdbc.sql(ENVELOPE + " WHERE id = :id").param("id", id).query(HealthFileStore::envelope).optional();
	}

	public Optional<HealthFile> fileOf(PersonId worker, UUID organisation) {
		return this.jdbc.sql(ENVELOPE + " WHERE worker_id = :worker AND organisation_id = :organisation")
			.param("worker", worker.value())
			.param("organisation", organisation)
			.query(HealthFileStore::envelope)
			.optional();
	}

	/** The worker's files, for every employer. */
	public List<HealthFile> about(PersonId worker) {
		return this.jdbc.sql(ENVELOPE + " WHERE worker_id = :worker ORDER BY opened_at")
			.param("worker", worker.value())
			.query(HealthFileStore::envelope)
			.list();
	}

	/** The files kept for this employer's workers. */
	public List<HealthFile> ofEmployer(UUID organisation) {
		return this.jdbc.sql(ENVELOPE + " WHERE organisation_id = :organisation ORDER BY opened_at, id")
			.param("organisation", organisation)
			.query(HealthFileStore::envelope)
			.list();
	}

	/** The employers some file is kept for. */
	public List<UUID> employers() {
		return this.jdbc.sql("SELECT DISTINCT organisation_id FROM dossiers_health_file").query(UUID.class).list();
	}

	public List<HealthFile> assignedTo(AccountId physician) {
		return this.jdbc.sql(ENVELOPE + " WHERE physician_id = :physician ORDER BY last_contact_on DESC")
			.param("physician", physician.value())
			.query(HealthFileStore::envelope)
			.list();
	}

	public List<HealthFile> ofDepartmentsHeadedBy(AccountId head) {
		return this.jdbc
			.sql(ENVELOPE + " WHERE department_id IN (SELECT department_id FROM dossiers_department_member"
					+ " WHERE account_id = :head AND head) ORDER BY last_contact_on DESC")
			.param("head", head.value())
			.query(HealthFileStore::envelope)
			.list();
	}

	/** The first department the physician belongs to, if any. */
	public Optional<UUID> departmentOf(AccountId physician) {
		return this.jdbc
			.sql("SELECT department_id FROM dossiers_department_member WHERE account_id = :account"
					+ " ORDER BY head DESC, department_id")
			.param("account", physician.value())
			.query(UUID.class)
			.list()
			.stream()
			.findFirst();
	}

	public void assign(UUID id, @Nullable UUID department, AccountId physician, String by, Instant at) {
		this.jdbc.sql("""
				UPDATE dossiers_health_file SET department_id = :department, physician_id = :physician,
					assigned_by = :by, assigned_at = :at WHERE id = :id""")
			.param("id", id)
			.param("department", department)
			.param("physician", physician.value())
			.param("by", by)
			.param("at", at(at))
			.update();
	}

	/** Section 2's occupational history, decrypted. */
	public @Nullable String history(UUID id) {
		String sealed = this.jdbc.sql("SELECT history_cipher FROM dossiers_health_file WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
		return this.cipher.decrypt(HISTORY.field(id), sealed);
	}

	public void history(UUID id, @Nullable String history, LocalDate day) {
		this.jdbc.sql("""
				UPDATE dossiers_health_file SET history_cipher = :history,
					last_contact_on = CASE WHEN last_contact_on < :day THEN :day ELSE last_contact_on END
				WHERE id = :id""")
			.param("id", id)
			.param("history", this.cipher.encrypt(HISTORY.field(id), history))
			.param("day", day)
			.update();
	}

	public void examine(UUID file, UUID id, LocalDate examinedOn, AccountId physician, @Nullable String findings,
			Assessment assessment, Instant at) {
		this.jdbc.sql("""
				INSERT INTO dossiers_health_examination (id, file_id, form, examined_on, physician_id, findings_cipher,
					conclusion_cipher, recorded_at)
				VALUES (:id, :file, :form, :examined, :physician, :findings, :conclusion, :at)""")
			.param("id", id)
			.param("file", file)
			.param("form", assessment.form().name())
			.param("examined", examinedOn)
			.param("physician", physician.value())
			.param("findings", this.cipher.encrypt(FINDINGS.field(id), findings))
			.param("conclusion", this.cipher.encrypt(CONCLUSION.field(id), this.json.writeValueAsString(assessment)))
			.param("at", at(at))
			.update();
		contact(file, examinedOn);
	}

	public List<Examination> examinations(UUID file) {
		return this.jdbc.sql(EXAMINATIONS + " WHERE file_id = :file ORDER BY examined_on DESC, recorded_at DESC")
			.param("file", file)
			.query(this::examined)
			.list();
	}

	public Optional<Examination> examination(UUID id) {
		return this.jdbc.sql(EXAMINATIONS + " WHERE id = :id").param("id", id).query(this::examined).optional();
	}

	/** The examinations issued to these employers, newest first. */
	public List<Examination> issuedTo(Collection<UUID> organisations) {
		if (organisations.isEmpty()) {
			return List.of();
		}
		return this.jdbc
			.sql(EXAMINATIONS + " WHERE issued_at IS NOT NULL AND file_id IN"
					+ " (SELECT id FROM dossiers_health_file WHERE organisation_id IN (:organisations))"
					+ " ORDER BY issued_at DESC")
			.param("organisations", organisations)
			.query(this::examined)
			.list();
	}

	public void issued(UUID examination, Instant at, UUID disclosure) {
		this.jdbc
			.sql("UPDATE dossiers_health_examination SET issued_at = :at, disclosure_id = :disclosure"
					+ " WHERE id = :id")
			.param("id", examination)
			.param("at", at(at))
			.param("disclosure", disclosure)
			.update();
	}

	public void handed(UUID examination, Instant at) {
		this.jdbc.sql("UPDATE dossiers_health_examination SET handed_at = :at WHERE id = :id")
			.param("id", examination)
			.param("at", at(at))
			.update();
	}

	public void note(UUID file, UUID id, AccountId author, LocalDate day, String text, Instant at) {
		this.jdbc.sql("""
				INSERT INTO dossiers_health_note (id, file_id, author_id, written_on, note_cipher, written_at)
				VALUES (:id, :file, :author, :day, :note, :at)""")
			.param("id", id)
			.param("file", file)
			.param("author", author.value())
			.param("day", day)
			.param("note", this.cipher.encrypt(NOTE.field(id), text))
			.param("at", at(at))
			.update();
		contact(file, day);
	}

	/** The notes this author wrote in the file, decrypted: no one else's. */
	public List<Note> notesBy(UUID file, AccountId author) {
		return notes(file, author);
	}

	/**
	 * Every note of the file, decrypted: for the copy that leaves the service whole, to
	 * the worker's attending physician or to the client's next service.
	 */
	public List<Note> allNotes(UUID file) {
		return notes(file, null);
	}

	private List<Note> notes(UUID file, @Nullable AccountId author) {
		return this.jdbc
			.sql("SELECT id, written_on, note_cipher FROM dossiers_health_note WHERE file_id = :file"
					+ (author == null ? "" : " AND author_id = :author") + " ORDER BY written_on DESC, written_at DESC")
			.param("file", file)
			.param("author", author == null ? null : author.value())
			.query((row, number) -> {
				UUID id = row.getObject("id", UUID.class);
				return new Note(id, row.getObject("written_on", LocalDate.class),
						String.valueOf(this.cipher.decrypt(NOTE.field(id), row.getString("note_cipher"))));
			})
			.list();
	}

	public UUID workstation(UUID organisation, String name, Instant at) {
		Optional<UUID> known = this.jdbc
			.sql("SELECT id FROM dossiers_workstation WHERE organisation_id = :organisation AND name = :name")
			.param("organisation", organisation)
			.param("name", name)
			.query(UUID.class)
			.optional();
		if (known.isPresent()) {
			return known.get();
		}
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO dossiers_workstation (id, organisation_id, name, changed_at)
				VALUES (:id, :organisation, :name, :at)""")
			.param("id", id)
			.param("organisation", organisation)
			.param("name", name)
			.param("at", at(at))
			.update();
		return id;
	}

	public Optional<Workstation> workstation(UUID id) {
		return this.jdbc.sql("SELECT id, organisation_id, name, exposure FROM dossiers_workstation WHERE id = :id")
			.param("id", id)
			.query(HealthFileStore::station)
			.optional();
	}

	/**
	 * The workstations where a file of this physician, or of a department they head, is
	 * kept: those whose exposure they read.
	 */
	public List<Workstation> workstationsOf(AccountId physician) {
		return this.jdbc.sql("""
				SELECT id, organisation_id, name, exposure FROM dossiers_workstation WHERE id IN
					(SELECT workstation_id FROM dossiers_health_file WHERE physician_id = :account
						OR department_id IN (SELECT department_id FROM dossiers_department_member
							WHERE account_id = :account AND head))
				ORDER BY name""").param("account", physician.value()).query(HealthFileStore::station).list();
	}

	public void exposure(UUID workstation, @Nullable String exposure, Instant at) {
		this.jdbc.sql("UPDATE dossiers_workstation SET exposure = :exposure, changed_at = :at WHERE id = :id")
			.param("id", workstation)
			.param("exposure", exposure)
			.param("at", at(at))
			.update();
	}

	/** The envelope of each of the worker's health files, as the catalogue exports it. */
	public List<Map<String, Object>> envelopesAbout(PersonId worker) {
		return this.jdbc.sql("""
				SELECT reference, organisation_id, opened_at, last_contact_on FROM dossiers_health_file
				WHERE worker_id = :worker ORDER BY opened_at""").param("worker", worker.value()).query().listOfRows();
	}

	public List<String> idsOfWorker(PersonId worker) {
		return this.jdbc.sql("SELECT id FROM dossiers_health_file WHERE worker_id = :worker")
			.param("worker", worker.value())
			.query(String.class)
			.list();
	}

	private void contact(UUID file, LocalDate day) {
		this.jdbc.sql("""
				UPDATE dossiers_health_file SET last_contact_on = :day WHERE id = :file AND last_contact_on < :day""")
			.param("file", file)
			.param("day", day)
			.update();
	}

	private Examination examined(ResultSet row, int number) throws SQLException {
		UUID id = row.getObject("id", UUID.class);
		Assessment assessment = this.json
			.readValue(this.cipher.decrypt(CONCLUSION.field(id), row.getString("conclusion_cipher")), Assessment.class);
		return new Examination(id, row.getObject("file_id", UUID.class), row.getObject("examined_on", LocalDate.class),
				new AccountId(row.getObject("physician_id", UUID.class)),
				this.cipher.decrypt(FINDINGS.field(id), row.getString("findings_cipher")), assessment,
				instant(row, "issued_at"), instant(row, "handed_at"));
	}

	private static Workstation station(ResultSet row, int number) throws SQLException {
		return new Workstation(row.getObject("id", UUID.class), row.getObject("organisation_id", UUID.class),
				row.getString("name"), row.getString("exposure"));
	}

	private static HealthFile envelope(ResultSet row, int number) throws SQLException {
		return new HealthFile(row.getObject("id", UUID.class), row.getString("reference"),
				PersonId.of(row.getObject("worker_id", UUID.class)), row.getObject("organisation_id", UUID.class),
				row.getObject("workstation_id", UUID.class), row.getString("job_function"),
				row.getObject("employed_since", LocalDate.class), instant(row, "opened_at"),
				row.getObject("department_id", UUID.class), new AccountId(row.getObject("physician_id", UUID.class)),
				row.getObject("last_contact_on", LocalDate.class));
	}

	private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
