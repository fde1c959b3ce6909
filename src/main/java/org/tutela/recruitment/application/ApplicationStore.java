package org.tutela.recruitment.application;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.database.FingerprintedRows;
import org.tutela.platform.crypto.EncryptedColumn;
import org.tutela.platform.crypto.FieldCipher;
import org.tutela.recruitment.Cv;

/**
 * The job applications, as rows. The CV is encrypted under its application's row and
 * decrypted only by {@link #cv}, once the caller's right was checked.
 */
@Repository
public class ApplicationStore {

	public static final EncryptedColumn CV = new EncryptedColumn("recruitment_application", "id", "cv_cipher");

	/**
	 * The person's applications: those linked to them, and those sent from an address
	 * only they hold by a sender the form did not register.
	 */
	private static final String ABOUT = "(person_id = :person OR (person_id IS NULL AND LOWER(email) IN (:emails)))";

	/** Every column but the CV itself. */
	private static final String COLUMNS = """
			id, vacancy_id, person_id, first_name, last_name, email, phone, motivation, cv_name, cv_size,
			kept_longer, kept_longer_words, kept_longer_withdrawn_at, language, fingerprint, received_at, restricted""";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	/** Each form stored once, its sender with it. */
	private final FingerprintedRows rows;

	ApplicationStore(JdbcClient jdbc, FieldCipher cipher, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.cipher = cipher;
		this.rows = new FingerprintedRows(jdbc, transactions, "recruitment_application");
	}

	/**
	 * Stores the application {@code application} makes, with the fingerprint given,
	 * unless one with that fingerprint is there already, also when the same form arrives
	 * twice at once: {@code application} finds or registers the applicant in the same
	 * savepoint, so that a copy refused leaves no person behind. The application stored,
	 * or empty.
	 */
	public Optional<StoredApplication> insert(String fingerprint, Supplier<StoredApplication> application) {
		return this.rows.insert(fingerprint, application, this::add);
	}

	private void add(StoredApplication application) {
		this.jdbc.sql("""
				INSERT INTO recruitment_application (id, vacancy_id, person_id, first_name, last_name, email, phone,
					motivation, cv_name, cv_size, cv_cipher, kept_longer, kept_longer_words, keep_longer_token_hash,
					language, fingerprint, received_at)
				VALUES (:id, :vacancy, :person, :first, :last, :email, :phone, :motivation, :cvName, :cvSize, :cv,
					:kept, :words, :token, :language, :fingerprint, :at)""")
			.param("id", application.id())
			.param("vacancy", application.vacancy())
			.param("person", application.person() == null ? null : application.person().value())
			.param("first", application.firstName())
			.param("last", application.lastName())
			.param("email", application.email())
			.param("phone", application.phone())
			.param("motivation", application.motivation())
			.param("cvName", application.cv().name())
			.param("cvSize", application.cv().content().length)
			.param("cv",
					this.cipher.encrypt(CV.field(application.id()),
							Base64.getEncoder().encodeToString(application.cv().content())))
			.param("kept", application.keptLongerWords() != null)
			.param("words", application.keptLongerWords())
			.param("token", application.tokenHash())
			.param("language", application.language())
			.param("fingerprint", application.fingerprint())
			.param("at", OffsetDateTime.ofInstant(application.receivedAt(), ZoneOffset.UTC))
			.update();
	}

	public List<Map<String, Object>> ofVacancy(UUID vacancy) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM recruitment_application WHERE vacancy_id = :vacancy"
					+ " ORDER BY received_at DESC, id")
			.param("vacancy", vacancy)
			.query()
			.listOfRows();
	}

	public Optional<Map<String, Object>> row(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM recruitment_application WHERE id = :id")
			.param("id", id)
			.query()
			.listOfRows()
			.stream()
			.findFirst();
	}

	/** The application whose link to keep it longer has this token's hash. */
	public Optional<Map<String, Object>> withToken(String tokenHash) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM recruitment_application WHERE keep_longer_token_hash = :hash")
			.param("hash", tokenHash)
			.query()
			.listOfRows()
			.stream()
			.findFirst();
	}

	/**
	 * Records that the applicant withdrew the consent to keep the application longer;
	 * false when it was not kept longer (any more).
	 */
	public boolean withdraw(UUID id, Instant at) {
		return this.jdbc.sql("""
				UPDATE recruitment_application SET kept_longer = FALSE, kept_longer_withdrawn_at = :at
				WHERE id = :id AND kept_longer = TRUE""")
			.param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
			.param("id", id)
			.update() > 0;
	}

	/** Deletes the application with its CV. */
	public int delete(UUID id) {
		return this.jdbc.sql("DELETE FROM recruitment_application WHERE id = :id").param("id", id).update();
	}

	/** The CV, decrypted: only after the caller's right was checked. */
	public Optional<Cv> cv(UUID id) {
		return this.jdbc.sql("SELECT cv_name, cv_cipher FROM recruitment_application WHERE id = :id")
			.param("id", id)
			.query((row, n) -> new Cv(row.getString("cv_name"),
					Base64.getDecoder()
						.decode(String.valueOf(this.cipher.decrypt(CV.field(id), row.getString("cv_cipher"))))))
			.optional();
	}

	/**
	 * Every application of the person, without the CV's content, for an access request.
	 */
	public List<Map<String, Object>> rowsAbout(PersonId person, List<String> emails) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM recruitment_application WHERE " + ABOUT + " ORDER BY id")
			.param("person", person.value())
			.param("emails", addresses(emails))
			.query()
			.listOfRows();
	}

	public List<String> idsAbout(PersonId person, List<String> emails) {
		return this.jdbc.sql("SELECT id FROM recruitment_application WHERE " + ABOUT)
			.param("person", person.value())
			.param("emails", addresses(emails))
			.query(String.class)
			.list();
	}

	public void restrict(PersonId person, boolean restricted) {
		this.jdbc.sql("UPDATE recruitment_application SET restricted = :restricted WHERE person_id = :person")
			.param("restricted", restricted)
			.param("person", person.value())
			.update();
	}

	public void reassign(PersonId from, PersonId into) {
		this.jdbc.sql("UPDATE recruitment_application SET person_id = :into WHERE person_id = :from")
			.param("into", into.value())
			.param("from", from.value())
			.update();
	}

	/** An IN list is never empty: an address no application holds stands for none. */
	private static List<String> addresses(List<String> emails) {
		return emails.isEmpty() ? List.of("")
				: emails.stream().map(email -> email.toLowerCase(java.util.Locale.ROOT)).toList();
	}

	/**
	 * An application as it is stored; {@code keptLongerWords}, and the hash of the token
	 * of the link to withdraw them, only when the box was ticked.
	 */
	public record StoredApplication(UUID id, UUID vacancy, @Nullable PersonId person, String firstName, String lastName,
			String email, @Nullable String phone, @Nullable String motivation, Cv cv, @Nullable String keptLongerWords,
			@Nullable String tokenHash, String language, String fingerprint, Instant receivedAt) {
	}

}
