package org.tutela.dossiers.psychosocial;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.dossiers.transfer.TransferStore.Letter;
import org.tutela.dossiers.transfer.TransferStore.Transfer.Seal;
import org.tutela.identity.AccountId;
import org.tutela.platform.crypto.EncryptedColumn;
import org.tutela.platform.crypto.FieldCipher;

/**
 * The clients' changes of service recorded by their advisers, the new advisers' requests
 * for closed cases and the packages sent. The client's letter and each request's reason
 * are encrypted here, bound to their row.
 */
@Repository
public class ServiceChangeStore {

	public static final EncryptedColumn LETTER = new EncryptedColumn("dossiers_psychosocial_change", "id",
			"letter_cipher");

	public static final EncryptedColumn REASON = new EncryptedColumn("dossiers_psychosocial_copy_request", "id",
			"reason_cipher");

	private static final String CHANGES = """
			SELECT id, reference, employer, adviser_id, new_service, new_adviser, new_adviser_address, changed_on,
			  letter_name, recorded_at
			FROM dossiers_psychosocial_change""";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	ServiceChangeStore(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	public void insert(ServiceChange change, @Nullable Letter letter) {
		this.jdbc.sql("""
				INSERT INTO dossiers_psychosocial_change (id, reference, employer, adviser_id, new_service, new_adviser,
				  new_adviser_address, changed_on, letter_name, letter_type, letter_cipher, recorded_at)
				VALUES (:id, :reference, :employer, :adviser, :service, :newAdviser, :address, :changedOn, :letterName,
				  :letterType, :letter, :recordedAt)""")
			.param("id", change.id())
			.param("reference", change.reference())
			.param("employer", change.employer())
			.param("adviser", change.adviser().value())
			.param("service", change.newService())
			.param("newAdviser", change.newAdviser())
			.param("address", change.newAdviserAddress())
			.param("changedOn", change.changedOn())
			.param("letterName", letter == null ? null : letter.name())
			.param("letterType", letter == null ? null : letter.contentType())
			.param("letter",
					letter == null ? null
							: this.cipher.encrypt(LETTER.field(change.id()),
									Base64.getEncoder().encodeToString(letter.content())))
			.param("recordedAt", at(change.recordedAt()))
			.update();
	}

	public Optional<ServiceChange> change(UUID id) {
		return this.jdbc.sql(CHANGES + " WHERE id = :id").param("id", id).query(ServiceChangeStore::change).optional();
	}

	/** The changes this adviser recorded, newest first. */
	public List<ServiceChange> recordedBy(AccountId adviser) {
		return this.jdbc.sql(CHANGES + " WHERE adviser_id = :adviser ORDER BY recorded_at DESC, reference")
			.param("adviser", adviser.value())
			.query(ServiceChangeStore::change)
			.list();
	}

	/** Records or replaces the new adviser's request for a closed case. */
	public void request(UUID change, CopyRequest request, Instant at) {
		this.jdbc.sql("DELETE FROM dossiers_psychosocial_copy_request WHERE change_id = :change AND case_id = :case")
			.param("change", change)
			.param("case", request.caseId())
			.update();
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO dossiers_psychosocial_copy_request (id, change_id, case_id, requested_on, reason_cipher,
				  recorded_at)
				VALUES (:id, :change, :case, :requestedOn, :reason, :at)""")
			.param("id", id)
			.param("change", change)
			.param("case", request.caseId())
			.param("requestedOn", request.requestedOn())
			.param("reason", this.cipher.encrypt(REASON.field(id), request.reason()))
			.param("at", at(at))
			.update();
	}

	/** The new adviser's requests under this change, by case. */
	public Map<UUID, CopyRequest> requests(UUID change) {
		return this.jdbc.sql("""
				SELECT id, case_id, requested_on, reason_cipher FROM dossiers_psychosocial_copy_request
				WHERE change_id = :change""")
			.param("change", change)
			.query((row, number) -> new CopyRequest(row.getObject("case_id", UUID.class),
					row.getObject("requested_on", LocalDate.class),
					this.cipher.decrypt(REASON.field(row.getObject("id", UUID.class)), row.getString("reason_cipher"))))
			.list()
			.stream()
			.collect(Collectors.toMap(CopyRequest::caseId, Function.identity()));
	}

	public void insert(CaseTransfer transfer, List<UUID> cases) {
		this.jdbc.sql("""
				INSERT INTO dossiers_psychosocial_transfer (id, reference, change_id, sealed_with, key_fingerprint,
				  files, package_sha256, made_at)
				VALUES (:id, :reference, :change, :sealedWith, :fingerprint, :files, :sha256, :madeAt)""")
			.param("id", transfer.id())
			.param("reference", transfer.reference())
			.param("change", transfer.change())
			.param("sealedWith", transfer.sealedWith().name())
			.param("fingerprint", transfer.keyFingerprint())
			.param("files", transfer.files())
			.param("sha256", transfer.packageSha256())
			.param("madeAt", at(transfer.madeAt()))
			.update();
		for (UUID sent : cases) {
			this.jdbc
				.sql("INSERT INTO dossiers_psychosocial_transferred (transfer_id, case_id) VALUES (:transfer, :case)")
				.param("transfer", transfer.id())
				.param("case", sent)
				.update();
		}
	}

	/** The packages sent under this change, newest first. */
	public List<CaseTransfer> transfers(UUID change) {
		return this.jdbc.sql("""
				SELECT id, reference, change_id, sealed_with, key_fingerprint, files, package_sha256, made_at
				FROM dossiers_psychosocial_transfer WHERE change_id = :change ORDER BY made_at DESC, reference""")
			.param("change", change)
			.query((row, number) -> new CaseTransfer(row.getObject("id", UUID.class), row.getString("reference"),
					row.getObject("change_id", UUID.class), Seal.valueOf(row.getString("sealed_with")),
					row.getString("key_fingerprint"), row.getInt("files"), row.getString("package_sha256"),
					row.getObject("made_at", OffsetDateTime.class).toInstant()))
			.list();
	}

	private static OffsetDateTime at(Instant instant) {
		return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static ServiceChange change(ResultSet row, int number) throws SQLException {
		return new ServiceChange(row.getObject("id", UUID.class), row.getString("reference"), row.getString("employer"),
				new AccountId(row.getObject("adviser_id", UUID.class)), row.getString("new_service"),
				row.getString("new_adviser"), row.getString("new_adviser_address"),
				row.getObject("changed_on", LocalDate.class), row.getString("letter_name"),
				row.getObject("recorded_at", OffsetDateTime.class).toInstant());
	}

}
