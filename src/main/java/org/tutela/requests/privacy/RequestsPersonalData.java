package org.tutela.requests.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.people.MailAddresses;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.platform.crypto.EncryptedColumn;
import org.tutela.personaldata.ErasureMode;
import org.tutela.personaldata.PersonalDataProvider;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.requests.file.RequestStore;

/**
 * The requests module's part of the catalogue. A request file is the proof that a request
 * was answered, on time (GDPR Art. 5(2)); after an erasure it keeps the dates and steps,
 * and nothing that names the person.
 */
@Component
class RequestsPersonalData implements PersonalDataProvider {

	static final String PURPOSE = "data-subject-requests";

	static final DeclaredTable REQUESTS = DeclaredTable.about(DataSubject.PERSON, "requests_request", "person_id")
		.plain("id", "person_id", "request_right", "file_kind", "channel", "language", "received_on", "due_on",
				"extended_to", "status", "verification", "verified_at", "challenge_hash", "challenge_expires_at",
				"reminded_on", "created_at", "closed_at", "document_type")
		.column("requester_name", DataCategory.IDENTITY, PURPOSE)
		.column("requester_email", DataCategory.CONTACT, PURPOSE)
		.column("details", DataCategory.PROVENANCE, PURPOSE)
		.column("extension_reason", DataCategory.PROVENANCE, PURPOSE)
		.column("verification_note", DataCategory.PROVENANCE, PURPOSE)
		.column("document_name", DataCategory.IDENTITY, PURPOSE)
		.column("document_cipher", DataCategory.IDENTIFIER, PURPOSE)
		.column("outcome", DataCategory.PROVENANCE, PURPOSE)
		.column("refusal_reason", DataCategory.PROVENANCE, PURPOSE)
		.column("attending_physician_cipher", DataCategory.CONTACT, PURPOSE)
		.column("handed_over_at", DataCategory.PROVENANCE, PURPOSE)
		.build();

	static final DeclaredTable STEPS = DeclaredTable.about(DataSubject.PERSON, "requests_step", null)
		.plain("id", "request_id", "happened_at", "step")
		.column("actor", DataCategory.ACCOUNT, "accountability")
		.column("note", DataCategory.PROVENANCE, PURPOSE)
		.build();

	static final DeclaredTable RECIPIENT_NOTICES = DeclaredTable.withoutPersonalData("requests_recipient_notice")
		.plain("request_id", "recipient", "told_at")
		.column("told_by", DataCategory.ACCOUNT, "accountability")
		.build();

	static final DeclaredTable DOWNLOADS = DeclaredTable.withoutPersonalData("requests_download")
		.plain("token_hash", "request_id", "expires_at")
		.build();

	private final JdbcClient jdbc;

	private final RequestStore store;

	private final MailAddresses addresses;

	RequestsPersonalData(JdbcClient jdbc, RequestStore store, MailAddresses addresses) {
		this.jdbc = jdbc;
		this.store = store;
		this.addresses = addresses;
	}

	@Override
	public String module() {
		return "requests";
	}

	@Override
	public List<DeclaredTable> tables() {
		return List.of(REQUESTS, STEPS, RECIPIENT_NOTICES, DOWNLOADS);
	}

	@Override
	public List<PersonalRecord> export(PersonId person) {
		List<PersonalRecord> records = new ArrayList<>();
		this.jdbc.sql("SELECT * FROM requests_request WHERE person_id = :person ORDER BY received_on, id")
			.param("person", person.value())
			.query()
			.listOfRows()
			.forEach(row -> records.add(REQUESTS.record(String.valueOf(row.get("request_right")), withoutCipher(row))));
		this.jdbc.sql("""
				SELECT s.* FROM requests_step s JOIN requests_request r ON r.id = s.request_id
				WHERE r.person_id = :person ORDER BY s.happened_at, s.id""")
			.param("person", person.value())
			.query()
			.listOfRows()
			.forEach(row -> records.add(STEPS.record(String.valueOf(row.get("step")), row)));
		return records;
	}

	/** The file stays as proof; what names the person goes, in both modes. */
	@Override
	public void erase(PersonId person, ErasureMode mode) {
		this.store.forgetRequester(person, this.addresses.allOf(person));
	}

	/** A restriction does not stop answering the person's own requests. */
	@Override
	public void restrict(PersonId person, boolean restricted) {
		// Nothing to mark.
	}

	@Override
	public void reassign(PersonId from, PersonId into) {
		this.jdbc.sql("UPDATE requests_request SET person_id = :into WHERE person_id = :from")
			.param("from", from.value())
			.param("into", into.value())
			.update();
	}

	/** Encrypted values are not exported; the document's name says it is held. */
	private static Map<String, Object> withoutCipher(Map<String, Object> row) {
		Map<String, Object> shown = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		shown.putAll(row);
		shown.remove("document_cipher");
		shown.remove("attending_physician_cipher");
		return shown;
	}

	@Bean
	static EncryptedColumn requestDocuments() {
		return RequestStore.DOCUMENT;
	}

	@Bean
	static EncryptedColumn requestAttendingPhysicians() {
		return RequestStore.ATTENDING_PHYSICIAN;
	}

}
