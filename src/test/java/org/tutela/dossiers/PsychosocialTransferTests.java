package org.tutela.dossiers;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.disclosures.Disclosures;
import org.tutela.dossiers.psychosocial.CaseSummary;
import org.tutela.identity.Role;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.crypto.KeyedHash;
import org.tutela.platform.crypto.Sha256;
import org.tutela.register.RecipientType;
import org.tutela.testing.Browser;
import org.tutela.testing.PdfText;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client changes external prevention service while its psychosocial cases are with one
 * adviser (Code on well-being at work, book I, title 3, art. 34; MEN-20), over real HTTP:
 * the adviser records the change, that the persons concerned were told, and the new
 * adviser's request for a closed case with its reason; the package opens with the new
 * adviser's key and holds exactly the adviser's open cases of that client and the closed
 * case asked for, each a disclosure to the new service; the open cases are then handed
 * over and changed here no more. Anyone else is refused on the record (MEN-11).
 */
@PreventionServiceTest
class PsychosocialTransferTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	private static final String REASON = "A new request of the same applicant REASON-MARKER";

	@LocalServerPort
	int port;

	@Autowired
	PsychosocialFixtures cases;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Disclosures disclosures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KeyedHash keyedHash;

	TestAccount adviser;

	String client;

	CaseSummary open;

	CaseSummary alsoOpen;

	CaseSummary asked;

	CaseSummary closed;

	CaseSummary ofAnotherClient;

	CaseSummary ofAnotherAdviser;

	Browser browser;

	@BeforeEach
	void anAdvisersCasesOfTwoClients() {
		this.adviser = this.accounts.fresh(Role.PSYCHOSOCIAL_ADVISER);
		this.client = "Leaving Client " + System.nanoTime();
		LocalDate submitted = LocalDate.now().minusDays(30);
		this.open = this.cases.submitted(submitted, this.adviser.id(), this.client);
		this.alsoOpen = this.cases.submitted(submitted, this.adviser.id(), this.client);
		this.asked = this.cases.submitted(submitted, this.adviser.id(), this.client);
		this.cases.closed(this.asked);
		this.closed = this.cases.submitted(submitted, this.adviser.id(), this.client);
		this.cases.closed(this.closed);
		this.ofAnotherClient = this.cases.submitted(submitted, this.adviser.id(),
				"Staying Client " + System.nanoTime());
		this.ofAnotherAdviser = this.cases.submitted(submitted, this.accounts.fresh(Role.PSYCHOSOCIAL_ADVISER).id(),
				this.client);
		this.browser = signedIn(this.adviser);
	}

	@Test
	void thePackageOpensWithTheNewAdvisersKeyAndHoldsExactlyTheOpenCasesAndTheClosedOneAskedFor_MEN20()
			throws Exception {
		String change = recordChange();
		String page = this.browser.get(change + "?lang=en").body();
		assertThat(page)
			.contains(this.open.reference(), this.alsoOpen.reference(), this.asked.reference(), this.closed.reference(),
					"Next Prevention VZW", "Nele Claes", "letter.pdf")
			.doesNotContain(this.ofAnotherClient.reference(), this.ofAnotherAdviser.reference(), "BULLYING-MARKER");
		assertThat(this.browser
			.post(change + "/informed", "case", this.open.id().toString(), "informedOn", LocalDate.now().toString())
			.statusCode()).isEqualTo(302);
		assertThat(this.browser
			.post(change + "/requests", "case", this.asked.id().toString(), "requestedOn", LocalDate.now().toString(),
					"reason", REASON)
			.statusCode()).isEqualTo(302);
		ReceivingService newAdviser = new ReceivingService();

		HttpResponse<byte[]> made = send(change, newAdviser.armouredPublicKey(), null, this.open, this.alsoOpen,
				this.asked);

		assertThat(made.statusCode()).as(new String(made.body(), StandardCharsets.UTF_8)).isEqualTo(200);
		Map<String, byte[]> entries = newAdviser.open(made.body());
		assertThat(entries.keySet()).containsExactlyInAnyOrder("manifest.json", entry(this.open, "json"),
				entry(this.open, "pdf"), entry(this.alsoOpen, "json"), entry(this.alsoOpen, "pdf"),
				entry(this.asked, "json"), entry(this.asked, "pdf"));
		String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
		assertThat(manifest).contains("tutela-transfer/1", "Next Prevention VZW", "Nele Claes",
				"n.claes@next.example.org", this.client, "\"handling\" : \"take-over\"", "\"handling\" : \"copy\"",
				"REASON-MARKER");
		assertThat(new String(entries.get(entry(this.open, "json")), StandardCharsets.UTF_8))
			.contains(PsychosocialFixtures.FACTS, PsychosocialFixtures.INVOLVED, PsychosocialFixtures.NOTE);
		assertThat(PdfText.of(entries.get(entry(this.asked, "pdf")))).contains("Ann Aanvrager",
				PsychosocialFixtures.FACTS, PsychosocialFixtures.NOTE, PsychosocialFixtures.OUTCOME);

		String reference = manifest.replaceAll("(?s).*\"reference\" : \"(PT-[0-9A-Z]+)\".*", "$1");
		assertThat(this.jdbc.sql("""
				SELECT package_sha256 FROM dossiers_psychosocial_transfer
				WHERE reference = :reference AND sealed_with = 'PUBLIC_KEY' AND key_fingerprint IS NOT NULL""")
			.param("reference", reference)
			.query(String.class)
			.single()).isEqualTo(Sha256.hex(made.body()));
		assertThat(handedOverIn(this.open)).isNotNull();
		assertThat(handedOverIn(this.alsoOpen)).isNotNull();
		assertThat(handedOverIn(this.asked)).as("a closed case goes as a copy").isNull();
		assertThat(disclosed(this.open.applicant())).contains("psychosocial transfer " + reference);
		assertThat(disclosed(this.asked.applicant())).contains("psychosocial transfer " + reference);
		assertThat(disclosed(this.closed.applicant())).isEmpty();
		assertThat(this.browser.get(change + "?lang=en").body()).contains("Handed over to the new adviser", "3 cases.",
				"encrypted to their public key");
	}

	@Test
	void aHandedOverCaseIsKeptButNoLongerChanged_MEN20() throws Exception {
		String change = recordChange();
		assertThat(send(change, null, "correct horse battery staple", this.open).statusCode()).isEqualTo(200);
		int notes = notes(this.open);

		HttpResponse<String> note = this.browser.post("/admin/psychosocial/" + this.open.id() + "/notes?lang=en",
				"notedOn", LocalDate.now().toString(), "note", "After the hand-over");
		HttpResponse<String> closing = this.browser.post("/admin/psychosocial/" + this.open.id() + "/closing?lang=en",
				"closedOn", LocalDate.now().toString(), "outcome", "Closed after all");

		assertThat(note.statusCode()).isEqualTo(200);
		assertThat(note.body()).contains("Not saved:", "it is no longer changed here");
		assertThat(closing.body()).contains("Not saved:", "it is no longer changed here");
		assertThat(notes(this.open)).isEqualTo(notes);
		assertThat(this.jdbc.sql("SELECT status FROM dossiers_psychosocial_case WHERE id = :id")
			.param("id", this.open.id())
			.query(String.class)
			.single()).isEqualTo("OPEN");
		String file = this.browser.get("/admin/psychosocial/" + this.open.id() + "?lang=en").body();
		assertThat(file).contains("BULLYING-MARKER", "Handed over to the client&#39;s new service")
			.doesNotContain("id=\"note-form\"", "id=\"closing-form\"", "id=\"hand-over-form\"");
		assertThat(send(change, null, "correct horse battery staple", this.open).body())
			.asString(StandardCharsets.UTF_8)
			.contains("already handed over");
	}

	@Test
	void badInputIsNamedBesideItsFieldAndNothingIsWritten() throws Exception {
		this.browser.get("/admin/psychosocial/changes");
		int changes = count("dossiers_psychosocial_change");
		HttpResponse<byte[]> incomplete = this.browser.postFile("/admin/psychosocial/changes?lang=en", "letter",
				"letter.exe", "application/x-msdownload", new byte[] { 1, 2 }, "employer", "Another Client",
				"newAdviser", "", "changedOn", "");
		assertThat(new String(incomplete.body(), StandardCharsets.UTF_8)).contains("employer-error", "newService-error",
				"newAdviser-error", "newAdviserAddress-error", "changedOn-error", "letter-error");
		assertThat(count("dossiers_psychosocial_change")).isEqualTo(changes);

		String change = recordChange();
		int transfers = count("dossiers_psychosocial_transfer");
		String none = new String(send(change, null, "short").body(), StandardCharsets.UTF_8);
		assertThat(none).contains("cases-error", "Choose at least one case.", "passphrase-error");
		String withoutReason = new String(
				send(change, null, "correct horse battery staple", this.open, this.closed).body(),
				StandardCharsets.UTF_8);
		assertThat(withoutReason).contains("cases-error", "record it with their reason first");
		String badKey = new String(
				send(change, "-----BEGIN PGP PUBLIC KEY BLOCK-----\nnot a key", null, this.open).body(),
				StandardCharsets.UTF_8);
		assertThat(badKey).contains("publicKey-error");
		HttpResponse<String> request = this.browser.post(change + "/requests?lang=en", "case",
				this.closed.id().toString(), "requestedOn", LocalDate.now().plusDays(1).toString(), "reason", "");
		assertThat(request.body()).contains("requestedOn-" + this.closed.reference() + "-error",
				"reason-" + this.closed.reference() + "-error", "This day is in the future.");
		HttpResponse<String> ofAnOpenCase = this.browser.post(change + "/requests?lang=en", "case",
				this.open.id().toString(), "requestedOn", LocalDate.now().toString(), "reason", REASON);
		assertThat(ofAnOpenCase.body()).contains("it goes to the new adviser without a request");

		assertThat(count("dossiers_psychosocial_transfer")).isEqualTo(transfers);
		assertThat(count("dossiers_psychosocial_copy_request")).isZero();
		assertThat(handedOverIn(this.open)).isNull();
	}

	@Test
	void anotherAdviserAHeadPhysicianAndADpoGet403EachOnTheRecord_MEN11() {
		String change = recordChange();
		for (Role role : List.of(Role.PSYCHOSOCIAL_ADVISER, Role.HEAD_PHYSICIAN, Role.DPO)) {
			TestAccount account = this.accounts.fresh(role);
			Browser other = signedIn(account);
			other.get("/admin");
			assertThat(other.get(change).statusCode()).as(account.username()).isEqualTo(403);
			assertThat(other
				.post(change + "/package", "cases", this.open.id().toString(), "passphrase",
						"correct horse battery staple")
				.statusCode()).as(account.username()).isEqualTo(403);
			assertThat(other
				.post(change + "/informed", "case", this.open.id().toString(), "informedOn", LocalDate.now().toString())
				.statusCode()).as(account.username()).isEqualTo(403);
			assertThat(refusals(account, "%change of service%")).as(account.username()).isEqualTo(3);
		}
		HttpResponse<String> anothers = this.browser.post(change + "/package", "cases",
				this.ofAnotherAdviser.id().toString(), "passphrase", "correct horse battery staple");
		assertThat(anothers.statusCode()).isEqualTo(403);
		assertThat(refusals(this.adviser, "%" + this.ofAnotherAdviser.reference() + "%")).isEqualTo(1);
		assertThat(handedOverIn(this.open)).isNull();
		assertThat(count("dossiers_psychosocial_transferred WHERE case_id = '" + this.open.id() + "'")).isZero();
	}

	private String recordChange() {
		this.browser.get("/admin/psychosocial/changes");
		HttpResponse<byte[]> recorded = this.browser.postFile("/admin/psychosocial/changes", "letter", "letter.pdf",
				"application/pdf", "%PDF-1.4 the client's letter".getBytes(StandardCharsets.US_ASCII), "employer",
				this.client, "newService", "Next Prevention VZW", "newAdviser", "Nele Claes", "newAdviserAddress",
				"n.claes@next.example.org", "changedOn", LocalDate.now().toString());
		assertThat(recorded.statusCode()).as(new String(recorded.body(), StandardCharsets.UTF_8)).isEqualTo(302);
		String location = recorded.headers().firstValue("Location").orElseThrow();
		return location.replaceAll(".*(/admin/psychosocial/changes/[0-9a-f-]{36}).*", "$1");
	}

	/** Posts the package form; a form with a file part, as a browser may send it. */
	private HttpResponse<byte[]> send(String change, String publicKey, String passphrase, CaseSummary... chosen) {
		this.browser.get(change);
		List<String> fields = new ArrayList<>();
		for (CaseSummary summary : chosen) {
			fields.add("cases");
			fields.add(summary.id().toString());
		}
		if (publicKey != null) {
			fields.add("publicKey");
			fields.add(publicKey);
		}
		if (passphrase != null) {
			fields.add("passphrase");
			fields.add(passphrase);
		}
		return this.browser.postFile(change + "/package?lang=en", "attachment", "none.txt", "text/plain", new byte[0],
				fields.toArray(String[]::new));
	}

	private static String entry(CaseSummary summary, String extension) {
		return "files/psychosocial-case-" + summary.reference() + "." + extension;
	}

	private UUID handedOverIn(CaseSummary summary) {
		return this.jdbc.sql("SELECT handed_over_in FROM dossiers_psychosocial_case WHERE id = :id")
			.param("id", summary.id())
			.query(UUID.class)
			.optional()
			.orElse(null);
	}

	private List<String> disclosed(PersonId person) {
		return Staff.as(() -> this.disclosures.about(person), "audit.read")
			.stream()
			.filter(disclosure -> disclosure.recipientType() == RecipientType.INDEPENDENT_CONTROLLER)
			.map(disclosure -> disclosure.reference())
			.toList();
	}

	private int notes(CaseSummary summary) {
		return count("dossiers_psychosocial_note WHERE case_id = '" + summary.id() + "'");
	}

	private int count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
	}

	private int refusals(TestAccount account, String detail) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM audit_entry WHERE actor = :actor AND action = 'PROCESSING_REFUSED'
					AND purpose = 'psychosocial-interventions' AND detail LIKE :detail""")
			.param("actor", account.username())
			.param("detail", detail)
			.query(Integer.class)
			.single();
	}

	private Browser signedIn(TestAccount account) {
		Browser browser = new Browser(this.port);
		browser.signIn(account);
		return browser;
	}

}
