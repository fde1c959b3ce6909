package org.tutela.dossiers.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.platform.crypto.EncryptedColumn;
import org.tutela.platform.crypto.FieldCipher;

/** The record of each transfer, with the requesting letter encrypted. */
@Component
public class TransferStore {

	public static final EncryptedColumn LETTER = new EncryptedColumn("dossiers_transfer", "id", "letter_cipher");

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	TransferStore(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	public void insert(Transfer transfer, Letter letter) {
		this.jdbc.sql("""
				INSERT INTO dossiers_transfer (id, reference, organisation_id, receiving_service, director, letter_date,
				  letter_name, letter_type, letter_cipher, sealed_with, key_fingerprint, files, workers, package_sha256,
				  made_by, made_at)
				VALUES (:id, :reference, :organisation, :service, :director, :letterDate, :letterName, :letterType,
				  :letter, :sealedWith, :fingerprint, :files, :workers, :sha256, :madeBy, :madeAt)""")
			.param("id", transfer.id())
			.param("reference", transfer.reference())
			.param("organisation", transfer.organisation())
			.param("service", transfer.receivingService())
			.param("director", transfer.director())
			.param("letterDate", transfer.letterDate())
			.param("letterName", letter.name())
			.param("letterType", letter.contentType())
			.param("letter",
					this.cipher.encrypt(LETTER.field(transfer.id()),
							Base64.getEncoder().encodeToString(letter.content())))
			.param("sealedWith", transfer.sealedWith().name())
			.param("fingerprint", transfer.keyFingerprint())
			.param("files", transfer.files())
			.param("workers", transfer.workers())
			.param("sha256", transfer.packageSha256())
			.param("madeBy", transfer.madeBy())
			.param("madeAt", OffsetDateTime.ofInstant(transfer.madeAt(), ZoneOffset.UTC))
			.update();
	}

	/** The transfers made, newest first. */
	public List<Transfer> all() {
		return this.jdbc.sql("""
				SELECT id, reference, organisation_id, receiving_service, director, letter_date, sealed_with,
				  key_fingerprint, files, workers, package_sha256, made_by, made_at
				FROM dossiers_transfer ORDER BY made_at DESC, id""").query(TransferStore::transfer).list();
	}

	public List<UUID> idsOfOrganisation(UUID organisation) {
		return this.jdbc.sql("SELECT id FROM dossiers_transfer WHERE organisation_id = :organisation")
			.param("organisation", organisation)
			.query(UUID.class)
			.list();
	}

	private static Transfer transfer(ResultSet row, int number) throws SQLException {
		return new Transfer(row.getObject("id", UUID.class), row.getString("reference"),
				row.getObject("organisation_id", UUID.class), row.getString("receiving_service"),
				row.getString("director"), row.getObject("letter_date", LocalDate.class),
				Transfer.Seal.valueOf(row.getString("sealed_with")), row.getString("key_fingerprint"),
				row.getInt("files"), row.getInt("workers"), row.getString("package_sha256"), row.getString("made_by"),
				row.getObject("made_at", OffsetDateTime.class).toInstant());
	}

	/** The director's letter asking for the files, as scanned. */
	public record Letter(String name, String contentType, byte[] content) {

	}

	/** A transfer as its record holds it. */
	public record Transfer(UUID id, String reference, UUID organisation, String receivingService, String director,
			LocalDate letterDate, Seal sealedWith, @Nullable String keyFingerprint, int files, int workers,
			String packageSha256, String madeBy, Instant madeAt) {

		/** What the package is encrypted to. */
		public enum Seal {

			PUBLIC_KEY, PASSPHRASE

		}

	}

}
