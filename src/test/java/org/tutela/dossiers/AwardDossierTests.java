package org.tutela.dossiers;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.identity.Role;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.crypto.KeyedHash;
import org.tutela.requests.StaffIntake.Document;
import org.tutela.testing.Browser;
import org.tutela.testing.PdfText;
import org.tutela.testing.Smtp;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Award dossiers are confidential (VCK-5), over real HTTP: the coordinator creates the
 * award, registers a candidacy and chooses the jury, and sees the candidacy's envelope
 * alone; a juror reads the dossier only once they have signed the confidentiality
 * statement; the coordinator, the DPO, the administrator and a juror of another award
 * each get 403, and each refusal is in the audit trail before it (ALL-2). Every reading
 * is audited too.
 */
@QualityNetworkTest
class AwardDossierTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AwardFixtures awards;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KeyedHash keyedHash;

	TestAccount coordinator;

	TestAccount juror;

	String tag;

	String summary;

	PersonId candidate;

	@BeforeEach
	void aCoordinatorAJurorAndACandidate() {
		this.coordinator = this.accounts.fresh(Role.COORDINATOR);
		this.juror = this.accounts.fresh(Role.JURY_MEMBER);
		this.tag = UUID.randomUUID().toString().substring(0, 8);
		this.summary = "Planted dossier " + this.tag + ": falls halved in a year";
		this.candidate = this.awards.candidate("Kato", "Kandidaat" + this.tag);
	}

	@Test
	void theCoordinatorKeepsTheAwardAndTheSignedJurorAloneReadsTheDossierEachReadingAudited_VCK5_ALL2() {
		Browser coordinator = signedIn(this.coordinator);
		assertThat(coordinator.get("/admin?lang=en").body()).contains("href=\"/admin/awards\"");
		coordinator.get("/admin/awards?lang=en");
		HttpResponse<String> created = coordinator.post("/admin/awards", "name", "Quality award " + this.tag, "year",
				String.valueOf(Year.now().getValue()));
		assertThat(created.statusCode()).isEqualTo(302);
		String award = Browser.location(created).replaceFirst("^https?://[^/]+", "");
		UUID awardId = UUID.fromString(award.substring(award.lastIndexOf('/') + 1));

		coordinator.get(award);
		Document pdf = AwardFixtures.pdf("dossier.pdf", "Project plan " + this.tag);
		HttpResponse<String> registered = coordinator.postRaw(award + "/candidacies",
				"multipart/form-data; boundary=XX",
				AwardFixtures.multipart("dossier", pdf, "_csrf", coordinator.csrfToken(), "candidate",
						this.candidate.value().toString(), "title", "Fewer falls " + this.tag, "receivedOn",
						LocalDate.now().toString(), "summary", this.summary));
		assertThat(registered.statusCode()).isEqualTo(302);
		UUID candidacy = this.jdbc.sql("SELECT id FROM dossiers_candidacy WHERE award_id = :award")
			.param("award", awardId)
			.query(UUID.class)
			.single();
		coordinator.get(award);
		assertThat(coordinator.post(award + "/jurors", "juror", this.juror.id().value().toString()).statusCode())
			.isEqualTo(302);

		String page = coordinator.get(award + "?lang=en").body();
		assertThat(page)
			.contains("Kato Kandidaat" + this.tag, "Fewer falls " + this.tag,
					"has not signed the confidentiality statement yet")
			.doesNotContain(this.summary)
			.doesNotContain("/admin/candidacies/" + candidacy);
		assertThat(coordinator.get("/admin/candidacies/" + candidacy).statusCode()).isEqualTo(403);

		Browser juror = signedIn(this.juror);
		assertThat(juror.get("/admin/awards?lang=en").body()).contains("Quality award " + this.tag);
		String unsigned = juror.get(award + "?lang=en").body();
		assertThat(unsigned).contains("Confidentiality statement", "I sign").doesNotContain("Fewer falls " + this.tag);
		HttpResponse<String> early = juror.get("/admin/candidacies/" + candidacy);
		assertThat(early.statusCode()).isEqualTo(403);
		assertThat(early.body()).doesNotContain(this.summary);
		assertThat(refusals(this.juror)).isEqualTo(1);

		assertThat(juror.post(award + "/signature").statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("""
				SELECT statement_version FROM dossiers_award_juror
				WHERE award_id = :award AND account_id = :juror AND signed_at IS NOT NULL""")
			.param("award", awardId)
			.param("juror", this.juror.id().value())
			.query(String.class)
			.single()).isEqualTo(Awards.STATEMENT_VERSION);
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM audit_entry WHERE actor = :actor AND action = 'UPDATE'
					AND purpose = 'awards-and-projects'""")
			.param("actor", this.juror.username())
			.query(Integer.class)
			.single()).isEqualTo(1);

		assertThat(juror.get(award + "?lang=en").body()).contains("/admin/candidacies/" + candidacy,
				"You signed the confidentiality statement");
		HttpResponse<String> dossier = juror.get("/admin/candidacies/" + candidacy + "?lang=en");
		assertThat(dossier.statusCode()).isEqualTo(200);
		assertThat(dossier.body()).contains(this.summary, "Kato Kandidaat" + this.tag);
		HttpResponse<byte[]> document = juror.download("/admin/candidacies/" + candidacy + "/document");
		assertThat(document.statusCode()).isEqualTo(200);
		assertThat(PdfText.of(document.body())).contains("Project plan " + this.tag);
		assertThat(readsOfTheDossier(this.juror)).isEqualTo(2);

		List<TestAccount> refused = List.of(this.coordinator, this.accounts.fresh(Role.DPO),
				this.accounts.fresh(Role.ADMIN), this.accounts.fresh(Role.JURY_MEMBER));
		for (TestAccount account : refused) {
			Browser browser = account == this.coordinator ? coordinator : signedIn(account);
			HttpResponse<String> file = browser.get("/admin/candidacies/" + candidacy);
			assertThat(file.statusCode()).as(account.username()).isEqualTo(403);
			assertThat(file.body()).doesNotContain(this.summary);
			assertThat(browser.download("/admin/candidacies/" + candidacy + "/document").statusCode())
				.as(account.username())
				.isEqualTo(403);
			assertThat(refusals(account)).as(account.username()).isEqualTo(account == this.coordinator ? 3 : 2);
			assertThat(readsOfTheDossier(account)).as(account.username()).isZero();
		}
		assertThat(coordinator.get(award + "?lang=en").body()).doesNotContain(this.summary);
	}

	@Test
	void theDossierIsEncryptedAtRestAndTheCatalogueShowsOnlyItsEnvelope_VCK5() {
		Award award = this.awards.award();
		UUID candidacy = this.awards.candidacy(award, this.candidate, LocalDate.now(), this.summary);
		String stored = this.jdbc.sql("SELECT summary_cipher FROM dossiers_candidacy WHERE id = :id")
			.param("id", candidacy)
			.query(String.class)
			.single();
		assertThat(stored).isNotBlank().doesNotContain(this.tag).doesNotContain("falls");
	}

	@Test
	void aCandidacyWithoutItsSummaryKeepsWhatWasTypedAndStoresNothing() {
		Award award = this.awards.award();
		Browser coordinator = signedIn(this.coordinator);
		coordinator.get("/admin/awards/" + award.id());
		HttpResponse<String> page = coordinator.postRaw("/admin/awards/" + award.id() + "/candidacies?lang=en",
				"multipart/form-data; boundary=XX",
				("--XX\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + coordinator.csrfToken()
						+ "\r\n--XX\r\nContent-Disposition: form-data; name=\"candidate\"\r\n\r\n"
						+ this.candidate.value()
						+ "\r\n--XX\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nKept title " + this.tag
						+ "\r\n--XX\r\nContent-Disposition: form-data; name=\"receivedOn\"\r\n\r\n" + LocalDate.now()
						+ "\r\n--XX--\r\n")
					.getBytes(StandardCharsets.UTF_8));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"summary-error\"", "Kept title " + this.tag);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM dossiers_candidacy WHERE award_id = :award")
			.param("award", award.id())
			.query(Integer.class)
			.single()).isZero();
	}

	private Browser signedIn(TestAccount account) {
		Browser browser = new Browser(this.port);
		browser.signIn(account);
		return browser;
	}

	private int refusals(TestAccount account) {
		return count(account, "PROCESSING_REFUSED");
	}

	/** Readings of the dossier itself: its summary or its document. */
	private int readsOfTheDossier(TestAccount account) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM audit_entry WHERE subject = :subject AND actor = :actor AND action = 'READ'
					AND purpose = 'awards-and-projects' AND (fields LIKE '%summary%' OR fields LIKE '%document%')""")
			.param("subject", pseudonym(this.candidate))
			.param("actor", account.username())
			.query(Integer.class)
			.single();
	}

	private int count(TestAccount account, String action) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM audit_entry WHERE subject = :subject AND actor = :actor AND action = :action
					AND purpose = 'awards-and-projects'""")
			.param("subject", pseudonym(this.candidate))
			.param("actor", account.username())
			.param("action", action)
			.query(Integer.class)
			.single();
	}

	private String pseudonym(PersonId person) {
		return this.keyedHash.hash("audit.person", person.value().toString());
	}

}
