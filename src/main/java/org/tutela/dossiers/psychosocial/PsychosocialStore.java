package org.tutela.dossiers.psychosocial;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

/**
 * The psychosocial cases and their notes. The applicant's account, the persons involved,
 * the outcome and each note are encrypted here, each value bound to its row, and
 * decrypted only by {@link #file}; lists and the catalogue read the envelope, which holds
 * none of them (MEN-5, MEN-10).
 */
@Repository
public class PsychosocialStore {

	public static final EncryptedColumn ACCOUNT = new EncryptedColumn("dossiers_psychosocial_case", "id",
			"account_cipher");

	public static final EncryptedColumn INVOLVED = new EncryptedColumn("dossiers_psychosocial_case", "id",
			"involved_cipher");

	public static final EncryptedColumn OUTCOME = new EncryptedColumn("dossiers_psychosocial_case", "id",
			"outcome_cipher");

	public static final EncryptedColumn NOTE = new EncryptedColumn("dossiers_psychosocial_note", "id", "text_cipher");

	private static final String ENVELOPE = """
			SELECT id, reference, applicant_id, employer, kind, submitted_on, adviser_id, closed_on, informed_on,
			  handed_over_in
			FROM dossiers_psychosocial_case""";

	private static final String BY_STATE = " ORDER BY CASE WHEN status = 'OPEN' AND handed_over_in IS NULL THEN 0"
			+ " ELSE 1 END, submitted_on DESC, reference";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	PsychosocialStore(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	public void insert(NewCase request) {
		UUID id = request.id();
		this.jdbc.sql("""
				INSERT INTO dossiers_psychosocial_case (id, reference, applicant_id, employer, kind, submitted_on,
					account_cipher, involved_cipher, adviser_id, registered_by, registered_at, status)
				VALUES (:id, :reference, :applicant, :employer, :kind, :submitted, :account, :involved, :adviser,
					:registeredBy, :registeredAt, 'OPEN')""")
			.param("id", id)
			.param("reference", request.reference())
			.param("applicant", request.applicant().value())
			.param("employer", request.employer())
			.param("kind", request.kind().name())
			.param("submitted", request.submittedOn())
			.param("account", this.cipher.encrypt(ACCOUNT.field(id), request.account()))
			.param("involved", this.cipher.encrypt(INVOLVED.field(id), request.involved()))
			.param("adviser", request.adviser().value())
			.param("registeredBy", request.registeredBy())
			.param("registeredAt", at(request.registeredAt()))
			.update();
	}

	public Optional<CaseSummary> summary(UUID id) {
		return this.jdbc.sql(ENVELOPE + " WHERE id = :id").param("id", id).query(PsychosocialStore::summary).optional();
	}

	/**
	 * The whole case, decrypted: only after the caller's right to read it was checked.
	 */
	public CaseFile file(CaseSummary summary) {
		UUID id = summary.id();
		CaseFile file = this.jdbc.sql(
				"SELECT account_cipher, involved_cipher, outcome_cipher FROM dossiers_psychosocial_case WHERE id = :id")
			.param("id", id)
			.query((row, number) -> new CaseFile(summary,
					this.cipher.decrypt(ACCOUNT.field(id), row.getString("account_cipher")),
					this.cipher.decrypt(INVOLVED.field(id), row.getString("involved_cipher")),
					this.cipher.decrypt(OUTCOME.field(id), row.getString("outcome_cipher")), List.of()))
			.single();
		List<CaseFile.Note> notes = this.jdbc.sql("""
				SELECT id, noted_on, text_cipher, written_by FROM dossiers_psychosocial_note
				WHERE case_id = :id ORDER BY noted_on, written_at""").param("id", id).query((row, number) -> {
			UUID note = row.getObject("id", UUID.class);
			return new CaseFile.Note(note, row.getObject("noted_on", LocalDate.class),
					this.cipher.decrypt(NOTE.field(note), row.getString("text_cipher")),
					new AccountId(row.getObject("written_by", UUID.class)));
		}).list();
		return new CaseFile(summary, file.account(), file.involved(), file.outcome(), notes);
	}

	/** The cases this adviser handles: open ones first, each part newest first. */
	public List<CaseSummary> handledBy(AccountId adviser) {
		return this.jdbc.sql(ENVELOPE + " WHERE adviser_id = :adviser" + BY_STATE)
			.param("adviser", adviser.value())
			.query(PsychosocialStore::summary)
			.list();
	}

	/** The cases this adviser handles for one employer, open ones first. */
	public List<CaseSummary> handledBy(AccountId adviser, String employer) {
		return this.jdbc.sql(ENVELOPE + " WHERE adviser_id = :adviser AND employer = :employer" + BY_STATE)
			.param("adviser", adviser.value())
			.param("employer", employer)
			.query(PsychosocialStore::summary)
			.list();
	}

	/** The employers of the cases this adviser handles, by name. */
	public List<String> employersHandledBy(AccountId adviser) {
		return this.jdbc.sql(
				"SELECT DISTINCT employer FROM dossiers_psychosocial_case WHERE adviser_id = :adviser ORDER BY employer")
			.param("adviser", adviser.value())
			.query(String.class)
			.list();
	}

	/** The day the persons concerned were told the case leaves this service. */
	public void informed(UUID id, LocalDate on) {
		this.jdbc.sql("UPDATE dossiers_psychosocial_case SET informed_on = :on WHERE id = :id")
			.param("id", id)
			.param("on", on)
			.update();
	}

	/**
	 * Marks open cases as handed to the new service in this transfer; how many were still
	 * open and not yet handed over.
	 */
	public int handedToNewService(List<UUID> ids, UUID transfer) {
		return ids.isEmpty() ? 0
				: this.jdbc.sql("""
						UPDATE dossiers_psychosocial_case SET handed_over_in = :transfer
						WHERE id IN (:ids) AND status = 'OPEN' AND handed_over_in IS NULL""")
					.param("ids", ids)
					.param("transfer", transfer)
					.update();
	}

	public void note(UUID caseId, UUID note, LocalDate notedOn, String text, AccountId by, Instant at) {
		this.jdbc.sql("""
				INSERT INTO dossiers_psychosocial_note (id, case_id, noted_on, text_cipher, written_by, written_at)
				VALUES (:id, :case, :noted, :text, :by, :at)""")
			.param("id", note)
			.param("case", caseId)
			.param("noted", notedOn)
			.param("text", this.cipher.encrypt(NOTE.field(note), text))
			.param("by", by.value())
			.param("at", at(at))
			.update();
	}

	/** Closes an open case; whether it changed anything. */
	public boolean close(UUID id, LocalDate closedOn, String outcome) {
		return this.jdbc.sql("""
				UPDATE dossiers_psychosocial_case SET status = 'CLOSED', closed_on = :closed, outcome_cipher = :outcome
				WHERE id = :id AND status = 'OPEN' AND handed_over_in IS NULL""")
			.param("id", id)
			.param("closed", closedOn)
			.param("outcome", this.cipher.encrypt(OUTCOME.field(id), outcome))
			.update() > 0;
	}

	public void handOver(UUID id, AccountId adviser) {
		this.jdbc.sql("UPDATE dossiers_psychosocial_case SET adviser_id = :adviser WHERE id = :id")
			.param("id", id)
			.param("adviser", adviser.value())
			.update();
	}

	/** The envelope of each of the person's cases, as the catalogue exports it. */
	public List<Map<String, Object>> envelopesAbout(PersonId applicant) {
		return this.jdbc.sql("""
				SELECT reference, employer, submitted_on, status, closed_on FROM dossiers_psychosocial_case
				WHERE applicant_id = :applicant ORDER BY submitted_on""")
			.param("applicant", applicant.value())
			.query()
			.listOfRows();
	}

	public List<String> idsOfApplicant(PersonId applicant) {
		return this.jdbc.sql("SELECT id FROM dossiers_psychosocial_case WHERE applicant_id = :applicant")
			.param("applicant", applicant.value())
			.query(String.class)
			.list();
	}

	/** How many open cases this adviser handles: a count, naming nobody. */
	public int countOpenHandledBy(AccountId adviser) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM dossiers_psychosocial_case
				WHERE adviser_id = :adviser AND status = 'OPEN' AND handed_over_in IS NULL""")
			.param("adviser", adviser.value())
			.query(Integer.class)
			.single();
	}

	private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static CaseSummary summary(ResultSet row, int number) throws SQLException {
		return new CaseSummary(row.getObject("id", UUID.class), row.getString("reference"),
				PersonId.of(row.getObject("applicant_id", UUID.class)), row.getString("employer"),
				CaseKind.valueOf(row.getString("kind")), row.getObject("submitted_on", LocalDate.class),
				new AccountId(row.getObject("adviser_id", UUID.class)), row.getObject("closed_on", LocalDate.class),
				row.getObject("informed_on", LocalDate.class), row.getObject("handed_over_in", UUID.class));
	}

}
