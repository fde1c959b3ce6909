package org.tutela.dossiers.awards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.dossiers.Award;
import org.tutela.dossiers.Candidacy;
import org.tutela.dossiers.Juror;
import org.tutela.identity.AccountId;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.crypto.EncryptedColumn;
import org.tutela.platform.crypto.FieldCipher;
import org.tutela.requests.StaffIntake.Document;

/**
 * Awards, their jurors and their candidacies. A candidacy's summary and document are
 * encrypted, each bound to its row, and decrypted only by {@link #summary} and
 * {@link #document}; everything else reads the envelope, which holds neither (VCK-5).
 */
@Repository
public class AwardStore {

	public static final EncryptedColumn SUMMARY = new EncryptedColumn("dossiers_candidacy", "id", "summary_cipher");

	public static final EncryptedColumn DOCUMENT = new EncryptedColumn("dossiers_candidacy", "id", "document_cipher");

	private static final String ENVELOPE = """
			SELECT id, award_id, candidate_id, organisation_id, title, received_on,
				document_name IS NOT NULL AS has_document
			FROM dossiers_candidacy""";

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	AwardStore(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	public Award createAward(String name, int year, Instant now) {
		Award award = new Award(UUID.randomUUID(), name, year);
		this.jdbc.sql("""
				INSERT INTO dossiers_award (id, name, award_year, created_at)
				VALUES (:id, :name, :year, :now)""")
			.param("id", award.id())
			.param("name", name)
			.param("year", year)
			.param("now", at(now))
			.update();
		return award;
	}

	public boolean awardExists(String name, int year) {
		return this.jdbc.sql("SELECT COUNT(*) FROM dossiers_award WHERE name = :name AND award_year = :year")
			.param("name", name)
			.param("year", year)
			.query(Integer.class)
			.single() > 0;
	}

	public Optional<Award> award(UUID id) {
		return this.jdbc.sql("SELECT id, name, award_year FROM dossiers_award WHERE id = :id")
			.param("id", id)
			.query(AwardStore::award)
			.optional();
	}

	public List<Award> awards() {
		return this.jdbc.sql("SELECT id, name, award_year FROM dossiers_award ORDER BY award_year DESC, name")
			.query(AwardStore::award)
			.list();
	}

	/** The awards the account is a juror of. */
	public List<Award> awardsJudgedBy(AccountId juror) {
		return this.jdbc.sql("""
				SELECT a.id, a.name, a.award_year FROM dossiers_award a
				JOIN dossiers_award_juror j ON j.award_id = a.id
				WHERE j.account_id = :juror ORDER BY a.award_year DESC, a.name""")
			.param("juror", juror.value())
			.query(AwardStore::award)
			.list();
	}

	public List<Juror> jurors(UUID award) {
		return this.jdbc
			.sql("SELECT account_id, signed_at, statement_version FROM dossiers_award_juror WHERE award_id = :award")
			.param("award", award)
			.query(AwardStore::juror)
			.list();
	}

	public Optional<Juror> juror(UUID award, AccountId account) {
		return this.jdbc.sql("""
				SELECT account_id, signed_at, statement_version FROM dossiers_award_juror
				WHERE award_id = :award AND account_id = :account""")
			.param("award", award)
			.param("account", account.value())
			.query(AwardStore::juror)
			.optional();
	}

	/** Adds the juror to the award; one already there stays as they are. */
	public boolean addJuror(UUID award, AccountId account, String by, Instant now) {
		if (juror(award, account).isPresent()) {
			return false;
		}
		this.jdbc.sql("""
				INSERT INTO dossiers_award_juror (award_id, account_id, assigned_by, assigned_at)
				VALUES (:award, :account, :by, :now)""")
			.param("award", award)
			.param("account", account.value())
			.param("by", by)
			.param("now", at(now))
			.update();
		return true;
	}

	public void sign(UUID award, AccountId account, String version, Instant now) {
		this.jdbc.sql("""
				UPDATE dossiers_award_juror SET signed_at = :now, statement_version = :version
				WHERE award_id = :award AND account_id = :account AND signed_at IS NULL""")
			.param("award", award)
			.param("account", account.value())
			.param("version", version)
			.param("now", at(now))
			.update();
	}

	/** Stores a checked candidacy, its summary and document encrypted under its row. */
	public UUID insert(UUID award, PersonId candidate, @Nullable UUID organisation, String title, LocalDate receivedOn,
			String summary, @Nullable Document document, String by, Instant now) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO dossiers_candidacy (id, award_id, candidate_id, organisation_id, title, received_on,
					summary_cipher, document_name, document_cipher, entered_by, entered_at)
				VALUES (:id, :award, :candidate, :organisation, :title, :receivedOn, :summary, :documentName,
					:document, :by, :now)""")
			.param("id", id)
			.param("award", award)
			.param("candidate", candidate.value())
			.param("organisation", organisation)
			.param("title", title)
			.param("receivedOn", receivedOn)
			.param("summary", this.cipher.encrypt(SUMMARY.field(id), summary))
			.param("documentName", document == null ? null : document.name())
			.param("document",
					document == null ? null
							: this.cipher.encrypt(DOCUMENT.field(id),
									Base64.getEncoder().encodeToString(document.content())))
			.param("by", by)
			.param("now", at(now))
			.update();
		return id;
	}

	public Optional<Candidacy> candidacy(UUID id) {
		return this.jdbc.sql(ENVELOPE + " WHERE id = :id").param("id", id).query(AwardStore::candidacy).optional();
	}

	public List<Candidacy> candidacies(UUID award) {
		return this.jdbc.sql(ENVELOPE + " WHERE award_id = :award ORDER BY received_on, title")
			.param("award", award)
			.query(AwardStore::candidacy)
			.list();
	}

	public List<Candidacy> candidaciesOf(PersonId candidate) {
		return this.jdbc.sql(ENVELOPE + " WHERE candidate_id = :candidate ORDER BY received_on")
			.param("candidate", candidate.value())
			.query(AwardStore::candidacy)
			.list();
	}

	/**
	 * The envelope of the person's candidacies for the catalogue: never an encrypted
	 * column (decision 013).
	 */
	public List<java.util.Map<String, Object>> envelopesAbout(PersonId candidate) {
		return this.jdbc.sql("""
				SELECT id, award_id, candidate_id, organisation_id, title, received_on FROM dossiers_candidacy
				WHERE candidate_id = :candidate ORDER BY received_on""")
			.param("candidate", candidate.value())
			.query()
			.listOfRows();
	}

	/** The dossier's summary, decrypted: only after the caller's right was checked. */
	public String summary(Candidacy candidacy) {
		String sealed = this.jdbc.sql("SELECT summary_cipher FROM dossiers_candidacy WHERE id = :id")
			.param("id", candidacy.id())
			.query(String.class)
			.single();
		String summary = this.cipher.decrypt(SUMMARY.field(candidacy.id()), sealed);
		return summary == null ? "" : summary;
	}

	/** The dossier's document, decrypted: only after the caller's right was checked. */
	public Optional<Document> document(Candidacy candidacy) {
		UUID id = candidacy.id();
		return this.jdbc
			.sql("SELECT document_name, document_cipher FROM dossiers_candidacy"
					+ " WHERE id = :id AND document_cipher IS NOT NULL")
			.param("id", id)
			.query((row, n) -> new Document(row.getString("document_name"), "application/pdf",
					Base64.getDecoder()
						.decode(String
							.valueOf(this.cipher.decrypt(DOCUMENT.field(id), row.getString("document_cipher"))))))
			.optional();
	}

	private static Award award(ResultSet row, int number) throws SQLException {
		return new Award(row.getObject("id", UUID.class), row.getString("name"), row.getInt("award_year"));
	}

	private static Juror juror(ResultSet row, int number) throws SQLException {
		OffsetDateTime signed = row.getObject("signed_at", OffsetDateTime.class);
		return new Juror(new AccountId(row.getObject("account_id", UUID.class)),
				signed == null ? null : signed.toInstant(), row.getString("statement_version"));
	}

	private static Candidacy candidacy(ResultSet row, int number) throws SQLException {
		return new Candidacy(row.getObject("id", UUID.class), row.getObject("award_id", UUID.class),
				new PersonId(row.getObject("candidate_id", UUID.class)), row.getObject("organisation_id", UUID.class),
				row.getString("title"), row.getObject("received_on", LocalDate.class), row.getBoolean("has_document"));
	}

	private static OffsetDateTime at(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

}
