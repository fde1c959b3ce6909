package org.tutela.incidents.processor;

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
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;
import org.tutela.incidents.AgreementDocument;
import org.tutela.incidents.ProcessorAgreement;
import org.tutela.incidents.SubProcessor;
import org.tutela.platform.crypto.EncryptedColumn;
import org.tutela.platform.crypto.FieldCipher;

/**
 * The agreements with processors and their sub-processors. The signed document is
 * encrypted under its processor's row and decrypted only by {@link #document}.
 */
@Repository
public class ProcessorAgreementStore {

	public static final EncryptedColumn DOCUMENT = new EncryptedColumn("incidents_processor_agreement",
			"processor_name", "document_cipher");

	private static final String COLUMNS = """
			processor_name, signed_on, review_on, storage_country, safeguard, safeguard_on, document_name""";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	ProcessorAgreementStore(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** Every agreement recorded, by processor name, each with its sub-processors. */
	public Map<String, ProcessorAgreement> all() {
		Map<String, List<SubProcessor>> subProcessors = this.jdbc.sql("""
				SELECT processor_name, id, name, service, country, processes, stores, safeguard, safeguard_on
				FROM incidents_sub_processor ORDER BY name""")
			.query((row, n) -> Map.entry(row.getString("processor_name"), subProcessor(row)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM incidents_processor_agreement")
			.query((row, n) -> agreement(row, subProcessors.getOrDefault(row.getString("processor_name"), List.of())))
			.list()
			.stream()
			.collect(Collectors.toMap(ProcessorAgreement::processor, agreement -> agreement));
	}

	public boolean exists(String processor) {
		return this.jdbc.sql("SELECT COUNT(*) FROM incidents_processor_agreement WHERE processor_name = :name")
			.param("name", processor)
			.query(Integer.class)
			.single() > 0;
	}

	public void insert(CheckedAgreement agreement, AgreementDocument document, String by, Instant at) {
		this.jdbc
			.sql("""
					INSERT INTO incidents_processor_agreement (processor_name, signed_on, review_on, storage_country,
						safeguard, safeguard_on, document_name, document_cipher, recorded_by, recorded_at)
					VALUES (:name, :signed, :review, :storage, :safeguard, :safeguardOn, :documentName, :document, :by, :at)""")
			.param("name", agreement.processor())
			.param("signed", agreement.signedOn())
			.param("review", agreement.reviewOn())
			.param("storage", agreement.storageCountry())
			.param("safeguard", agreement.safeguard())
			.param("safeguardOn", agreement.safeguardOn())
			.param("documentName", document.name())
			.param("document", seal(agreement.processor(), document))
			.param("by", by)
			.param("at", at(at))
			.update();
	}

	/** Changes the recorded fields; the document too when a new one is given. */
	public void change(CheckedAgreement agreement, @Nullable AgreementDocument document, String by, Instant at) {
		fields(this.jdbc.sql("""
				UPDATE incidents_processor_agreement SET signed_on = :signed, review_on = :review,
					storage_country = :storage, safeguard = :safeguard, safeguard_on = :safeguardOn,
					document_name = COALESCE(:documentName, document_name),
					document_cipher = COALESCE(:document, document_cipher), changed_by = :by, changed_at = :at
				WHERE processor_name = :name"""), agreement)
			.param("documentName", document == null ? null : document.name())
			.param("document", document == null ? null : seal(agreement.processor(), document))
			.param("by", by)
			.param("at", at(at))
			.update();
	}

	public void insert(String processor, SubProcessor subProcessor, String by, Instant at) {
		this.jdbc.sql("""
				INSERT INTO incidents_sub_processor (id, processor_name, name, service, country, processes, stores,
					safeguard, safeguard_on, recorded_by, recorded_at)
				VALUES (:id, :processor, :name, :service, :country, :processes, :stores, :safeguard, :safeguardOn,
					:by, :at)""")
			.param("id", subProcessor.id())
			.param("processor", processor)
			.param("name", subProcessor.name())
			.param("service", subProcessor.service())
			.param("country", subProcessor.country())
			.param("processes", subProcessor.processes())
			.param("stores", subProcessor.stores())
			.param("safeguard", subProcessor.safeguard())
			.param("safeguardOn", subProcessor.safeguardOn())
			.param("by", by)
			.param("at", at(at))
			.update();
	}

	/** Removes a sub-processor of that processor; false when it has none of that id. */
	public boolean removeSubProcessor(String processor, UUID id) {
		return this.jdbc.sql("DELETE FROM incidents_sub_processor WHERE id = :id AND processor_name = :processor")
			.param("id", id)
			.param("processor", processor)
			.update() > 0;
	}

	/** The signed document, decrypted: only after the caller's right was checked. */
	public Optional<AgreementDocument> document(String processor) {
		return this.jdbc
			.sql("SELECT document_name, document_cipher FROM incidents_processor_agreement"
					+ " WHERE processor_name = :name")
			.param("name", processor)
			.query((row, n) -> new AgreementDocument(row.getString("document_name"),
					Base64.getDecoder()
						.decode(String.valueOf(
								this.cipher.decrypt(DOCUMENT.field(processor), row.getString("document_cipher"))))))
			.optional();
	}

	private static StatementSpec fields(StatementSpec statement, CheckedAgreement agreement) {
		return statement.param("name", agreement.processor())
			.param("signed", agreement.signedOn())
			.param("review", agreement.reviewOn())
			.param("storage", agreement.storageCountry())
			.param("safeguard", agreement.safeguard())
			.param("safeguardOn", agreement.safeguardOn());
	}

	private @Nullable String seal(String processor, AgreementDocument document) {
		return this.cipher.encrypt(DOCUMENT.field(processor), Base64.getEncoder().encodeToString(document.content()));
	}

	private static ProcessorAgreement agreement(ResultSet row, List<SubProcessor> subProcessors) throws SQLException {
		return new ProcessorAgreement(row.getString("processor_name"), row.getObject("signed_on", LocalDate.class),
				row.getObject("review_on", LocalDate.class), row.getString("storage_country"),
				row.getString("safeguard"), row.getObject("safeguard_on", LocalDate.class),
				row.getString("document_name"), subProcessors);
	}

	private static SubProcessor subProcessor(ResultSet row) throws SQLException {
		return new SubProcessor(row.getObject("id", UUID.class), row.getString("name"), row.getString("service"),
				row.getString("country"), row.getBoolean("processes"), row.getBoolean("stores"),
				row.getString("safeguard"), row.getObject("safeguard_on", LocalDate.class));
	}

	private static OffsetDateTime at(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

}
