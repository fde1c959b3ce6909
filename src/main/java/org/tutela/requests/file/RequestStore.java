package org.tutela.requests.file;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.crypto.EncryptedColumn;
import org.tutela.platform.crypto.FieldCipher;
import org.tutela.requests.AttendingPhysician;
import org.tutela.requests.DataRequest;
import org.tutela.requests.FileKind;
import org.tutela.requests.Intake;
import org.tutela.requests.MedicalFileRequest;
import org.tutela.requests.RequestStatus;
import org.tutela.requests.RequestStep;
import org.tutela.requests.Right;
import org.tutela.requests.StaffIntake.Document;
import org.tutela.requests.Verification;

/**
 * The request files: requests, their steps, the recipients told and the download links.
 */
@Component
public class RequestStore {

	public static final EncryptedColumn DOCUMENT = new EncryptedColumn("requests_request", "id", "document_cipher");

	public static final EncryptedColumn ATTENDING_PHYSICIAN = new EncryptedColumn("requests_request", "id",
			"attending_physician_cipher");

	private static final String COLUMNS = """
			id, person_id, request_right, file_kind, channel, requester_name, requester_email, details, received_on,
			due_on, extended_to, extension_reason, status, verification, verified_at, outcome, refusal_reason,
			document_name, closed_at, language""";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	RequestStore(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/**
	 * A new request; the challenge hash when it waits for the requester to open a link.
	 */
	public void insert(DataRequest request, @Nullable String challengeHash, @Nullable Instant challengeExpires,
			@Nullable Document document, Instant now) {
		this.jdbc
			.sql("""
					INSERT INTO requests_request (id, person_id, request_right, file_kind, channel, requester_name,
					  requester_email, details, language, received_on, due_on, status, verification, verified_at, challenge_hash,
					  challenge_expires_at, document_name, document_type, document_cipher, created_at)
					VALUES (:id, :person, :right, :kind, :channel, :name, :email, :details, :language, :received, :due, :status,
					  :verification, :verifiedAt, :challenge, :expires, :documentName, :documentType, :document, :now)""")
			.param("id", request.id())
			.param("person", request.person() == null ? null : request.person().value())
			.param("right", request.right().name())
			.param("kind", request.fileKind().name())
			.param("channel", request.channel().name())
			.param("name", request.requesterName())
			.param("email", request.requesterEmail())
			.param("details", request.details())
			.param("language", request.language())
			.param("received", request.receivedOn())
			.param("due", request.dueOn())
			.param("status", request.status().name())
			.param("verification", request.verification() == null ? null : request.verification().name())
			.param("verifiedAt", utc(request.verifiedAt()))
			.param("challenge", challengeHash)
			.param("expires", utc(challengeExpires))
			.param("documentName", document == null ? null : document.name())
			.param("documentType", document == null ? null : document.contentType())
			.param("document",
					document == null ? null
							: this.cipher.encrypt(DOCUMENT.field(request.id()),
									Base64.getEncoder().encodeToString(document.content())))
			.param("now", utc(now))
			.update();
	}

	public Optional<DataRequest> find(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM requests_request WHERE id = :id")
			.param("id", id)
			.query(RequestStore::request)
			.optional();
	}

	/** The request waiting for this challenge, while the challenge is valid. */
	public Optional<DataRequest> byChallenge(String hash, Instant now) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM requests_request WHERE challenge_hash = :hash"
					+ " AND challenge_expires_at > :now AND status = 'AWAITING_VERIFICATION'")
			.param("hash", hash)
			.param("now", utc(now))
			.query(RequestStore::request)
			.optional();
	}

	/** Open requests, the most urgent first. */
	public List<DataRequest> open() {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM requests_request WHERE status IN ('AWAITING_VERIFICATION', 'VERIFIED')"
					+ " ORDER BY COALESCE(extended_to, due_on), received_on, id")
			.query(RequestStore::request)
			.list();
	}

	/** The persons an open request is about. */
	public Set<PersonId> personsOfOpen() {
		return Set.copyOf(this.jdbc
			.sql("SELECT DISTINCT person_id FROM requests_request"
					+ " WHERE status IN ('AWAITING_VERIFICATION', 'VERIFIED') AND person_id IS NOT NULL")
			.query(UUID.class)
			.list()
			.stream()
			.map(PersonId::of)
			.toList());
	}

	/**
	 * The addresses of open requests not yet matched to a person: whoever holds one may
	 * be the requester.
	 */
	public Set<String> addressesOfUnmatchedOpen() {
		return Set.copyOf(
				this.jdbc
					.sql("SELECT DISTINCT LOWER(requester_email) FROM requests_request"
							+ " WHERE status IN ('AWAITING_VERIFICATION', 'VERIFIED') AND person_id IS NULL"
							+ " AND requester_email IS NOT NULL")
					.query(String.class)
					.list());
	}

	public List<DataRequest> closed(int limit) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM requests_request WHERE status IN ('COMPLETED', 'REFUSED')"
					+ " ORDER BY closed_at DESC, id LIMIT :limit")
			.param("limit", limit)
			.query(RequestStore::request)
			.list();
	}

	public List<DataRequest> ofPerson(PersonId person) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM requests_request WHERE person_id = :person ORDER BY received_on DESC, id")
			.param("person", person.value())
			.query(RequestStore::request)
			.list();
	}

	public Optional<Document> document(UUID id) {
		return this.jdbc
			.sql("SELECT document_name, document_type, document_cipher FROM requests_request"
					+ " WHERE id = :id AND document_cipher IS NOT NULL")
			.param("id", id)
			.query((row, n) -> new Document(row.getString("document_name"), row.getString("document_type"),
					Base64.getDecoder()
						.decode(String
							.valueOf(this.cipher.decrypt(DOCUMENT.field(id), row.getString("document_cipher"))))))
			.optional();
	}

	public void verified(UUID id, PersonId person, Verification how, @Nullable String note, Instant at) {
		this.jdbc.sql("""
				UPDATE requests_request SET person_id = :person, status = 'VERIFIED', verification = :how,
				  verification_note = :note, verified_at = :at, challenge_hash = NULL, challenge_expires_at = NULL
				WHERE id = :id""")
			.param("person", person.value())
			.param("how", how.name())
			.param("note", note)
			.param("at", utc(at))
			.param("id", id)
			.update();
	}

	/**
	 * The link was opened, but the address belongs to nobody the organisation knows:
	 * staff take over.
	 */
	public void challengeAnswered(UUID id) {
		this.jdbc.sql("UPDATE requests_request SET challenge_hash = NULL, challenge_expires_at = NULL WHERE id = :id")
			.param("id", id)
			.update();
	}

	public void extended(UUID id, LocalDate to, String reason) {
		this.jdbc.sql("UPDATE requests_request SET extended_to = :to, extension_reason = :reason WHERE id = :id")
			.param("to", to)
			.param("reason", reason)
			.param("id", id)
			.update();
	}

	/**
	 * Closes the request: the identity document goes, as nothing needs it any more
	 * (MEZ-10); the outcome, or the reason of a refusal, stays as proof.
	 */
	public void close(UUID id, RequestStatus status, @Nullable String outcome, @Nullable String refusalReason,
			Instant at) {
		this.jdbc
			.sql("""
					UPDATE requests_request SET status = :status, outcome = :outcome, refusal_reason = :reason, closed_at = :at,
					  document_name = NULL, document_type = NULL, document_cipher = NULL
					WHERE id = :id""")
			.param("status", status.name())
			.param("outcome", outcome)
			.param("reason", refusalReason)
			.param("at", utc(at))
			.param("id", id)
			.update();
	}

	/**
	 * After an erasure the files keep only what proves the answers: the rights, dates,
	 * steps and outcomes, no longer linked to the person, with nothing that names them or
	 * quotes anyone's words. Requests never linked to the person are found by the
	 * addresses they came from.
	 */
	public void forgetRequester(PersonId person, List<String> addresses) {
		String theirs = "(person_id = :person"
				+ (addresses.isEmpty() ? ")" : " OR LOWER(requester_email) IN (:addresses))");
		this.jdbc
			.sql("UPDATE requests_step SET note = NULL WHERE request_id IN (SELECT id FROM requests_request WHERE "
					+ theirs + ")")
			.param("person", person.value())
			.param("addresses", addresses.isEmpty() ? List.of("") : addresses)
			.update();
		this.jdbc
			.sql("""
					UPDATE requests_request SET person_id = NULL, requester_name = '-', requester_email = NULL, details = NULL,
					  verification_note = NULL, extension_reason = NULL, refusal_reason = NULL, document_name = NULL,
					  document_type = NULL, document_cipher = NULL, attending_physician_cipher = NULL
					WHERE """
					+ theirs)
			.param("person", person.value())
			.param("addresses", addresses.isEmpty() ? List.of("") : addresses)
			.update();
	}

	/**
	 * Hands an access request on a medical file to the head physicians, with the
	 * attending physician the file goes to.
	 */
	public void handOver(UUID id, AttendingPhysician physician, Instant at) {
		this.jdbc
			.sql("UPDATE requests_request SET attending_physician_cipher = :physician, handed_over_at = :at"
					+ " WHERE id = :id")
			.param("physician",
					this.cipher.encrypt(ATTENDING_PHYSICIAN.field(id), physician.name() + "\n" + physician.address()))
			.param("at", utc(at))
			.param("id", id)
			.update();
	}

	/**
	 * Open requests handed to the head physicians, the most urgent first; one, when an id
	 * is given.
	 */
	public List<MedicalFileRequest> handedOver(@Nullable UUID id) {
		return this.jdbc
			.sql("SELECT id, person_id, received_on, due_on, extended_to, attending_physician_cipher, handed_over_at"
					+ " FROM requests_request WHERE handed_over_at IS NOT NULL AND person_id IS NOT NULL"
					+ " AND status = 'VERIFIED'" + (id == null ? "" : " AND id = :id")
					+ " ORDER BY COALESCE(extended_to, due_on), received_on, id")
			.param("id", id)
			.query((row, number) -> {
				UUID request = row.getObject("id", UUID.class);
				String[] physician = String
					.valueOf(this.cipher.decrypt(ATTENDING_PHYSICIAN.field(request),
							row.getString("attending_physician_cipher")))
					.split("\n", 2);
				LocalDate extended = row.getObject("extended_to", LocalDate.class);
				return new MedicalFileRequest(request, PersonId.of(row.getObject("person_id", UUID.class)),
						row.getObject("received_on", LocalDate.class),
						extended == null ? row.getObject("due_on", LocalDate.class) : extended,
						new AttendingPhysician(physician[0], physician.length > 1 ? physician[1] : ""),
						Objects.requireNonNull(instant(row, "handed_over_at")));
			})
			.list();
	}

	/** Whether an open request about the person waits with the head physicians. */
	public boolean handedOverAbout(PersonId person) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM requests_request WHERE person_id = :person AND handed_over_at IS NOT NULL"
					+ " AND status = 'VERIFIED'")
			.param("person", person.value())
			.query(Integer.class)
			.single() > 0;
	}

	/** Deletes the web requests whose e-mail link expired unopened; how many went. */
	public int deleteUnconfirmed(Instant now) {
		String lapsed = "SELECT id FROM requests_request WHERE status = 'AWAITING_VERIFICATION'"
				+ " AND challenge_hash IS NOT NULL AND challenge_expires_at < :now";
		this.jdbc.sql("DELETE FROM requests_step WHERE request_id IN (" + lapsed + ")").param("now", utc(now)).update();
		return this.jdbc.sql("DELETE FROM requests_request WHERE id IN (" + lapsed + ")")
			.param("now", utc(now))
			.update();
	}

	/** Marks the request reminded today; false when another node did so first. */
	public boolean reminded(UUID id, LocalDate today) {
		return this.jdbc
			.sql("UPDATE requests_request SET reminded_on = :today WHERE id = :id"
					+ " AND (reminded_on IS NULL OR reminded_on < :today)")
			.param("today", today)
			.param("id", id)
			.update() > 0;
	}

	/** Open requests due within the days given and not reminded of today. */
	public List<DataRequest> dueBy(LocalDate day, LocalDate today) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM requests_request WHERE status IN ('AWAITING_VERIFICATION', 'VERIFIED')"
					+ " AND COALESCE(extended_to, due_on) <= :day AND (reminded_on IS NULL OR reminded_on < :today)"
					+ " ORDER BY COALESCE(extended_to, due_on), id")
			.param("day", day)
			.param("today", today)
			.query(RequestStore::request)
			.list();
	}

	public void step(UUID request, String actor, String step, @Nullable String note, Instant at) {
		this.jdbc
			.sql("INSERT INTO requests_step (id, request_id, happened_at, actor, step, note)"
					+ " values (:id, :request, :at, :actor, :step, :note)")
			.param("id", UUID.randomUUID())
			.param("request", request)
			.param("at", utc(at))
			.param("actor", actor)
			.param("step", step)
			.param("note", note)
			.update();
	}

	public List<RequestStep> steps(UUID request) {
		return this.jdbc
			.sql("SELECT happened_at, actor, step, note FROM requests_step WHERE request_id = :request"
					+ " ORDER BY happened_at, id")
			.param("request", request)
			.query((row, n) -> new RequestStep(row.getObject("happened_at", OffsetDateTime.class).toInstant(),
					row.getString("actor"), row.getString("step"), row.getString("note")))
			.list();
	}

	/** The recipients to tell (Art. 19), each with when it was done, if it was. */
	public void recipientsToTell(UUID request, List<String> recipients) {
		for (String recipient : recipients) {
			this.jdbc
				.sql("""
						INSERT INTO requests_recipient_notice (request_id, recipient)
						SELECT :request, :recipient WHERE NOT EXISTS
						  (SELECT 1 FROM requests_recipient_notice WHERE request_id = :request AND recipient = :recipient)""")
				.param("request", request)
				.param("recipient", recipient)
				.update();
		}
	}

	public Map<String, Optional<Instant>> recipients(UUID request) {
		Map<String, Optional<Instant>> told = new LinkedHashMap<>();
		this.jdbc.sql(
				"SELECT recipient, told_at FROM requests_recipient_notice WHERE request_id = :request ORDER BY recipient")
			.param("request", request)
			.query((ResultSet row) -> {
				OffsetDateTime at = row.getObject("told_at", OffsetDateTime.class);
				told.put(row.getString("recipient"), Optional.ofNullable(at).map(OffsetDateTime::toInstant));
			});
		return told;
	}

	/** Records that the recipient was told; false when the request does not list it. */
	public boolean told(UUID request, String recipient, String by, Instant at) {
		return this.jdbc
			.sql("UPDATE requests_recipient_notice SET told_at = :at, told_by = :by"
					+ " WHERE request_id = :request AND recipient = :recipient AND told_at IS NULL")
			.param("at", utc(at))
			.param("by", by)
			.param("request", request)
			.param("recipient", recipient)
			.update() > 0;
	}

	public void download(String tokenHash, UUID request, Instant expires) {
		this.jdbc.sql(
				"INSERT INTO requests_download (token_hash, request_id, expires_at) VALUES (:hash, :request, :expires)")
			.param("hash", tokenHash)
			.param("request", request)
			.param("expires", utc(expires))
			.update();
	}

	public Optional<UUID> downloadable(String tokenHash, Instant now) {
		return this.jdbc.sql("SELECT request_id FROM requests_download WHERE token_hash = :hash AND expires_at > :now")
			.param("hash", tokenHash)
			.param("now", utc(now))
			.query(UUID.class)
			.optional();
	}

	private static DataRequest request(ResultSet row, int number) throws SQLException {
		String verification = row.getString("verification");
		return new DataRequest(row.getObject("id", UUID.class),
				PersonId.ofNullable(row.getObject("person_id", UUID.class)),
				Right.valueOf(row.getString("request_right")), FileKind.valueOf(row.getString("file_kind")),
				Intake.valueOf(row.getString("channel")), row.getString("requester_name"),
				row.getString("requester_email"), row.getString("details"),
				row.getObject("received_on", LocalDate.class), row.getObject("due_on", LocalDate.class),
				row.getObject("extended_to", LocalDate.class), row.getString("extension_reason"),
				RequestStatus.valueOf(row.getString("status")),
				verification == null ? null : Verification.valueOf(verification), instant(row, "verified_at"),
				row.getString("outcome"), row.getString("refusal_reason"), row.getString("document_name") != null,
				instant(row, "closed_at"), row.getString("language"));
	}

	private static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
		OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

}
