package org.tutela.dossiers;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.dossiers.psychosocial.CaseSummary;
import org.tutela.identity.Role;
import org.tutela.people.person.PrivacyView;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.platform.crypto.KeyedHash;
import org.tutela.platform.pdf.PdfDocuments;
import org.tutela.register.Register;
import org.tutela.requests.fulfil.Overviews;
import org.tutela.testing.Browser;
import org.tutela.testing.PdfText;
import org.tutela.testing.Smtp;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;
import org.tutela.testing.synthetic.SyntheticPeople;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Psychosocial files of a prevention service, over real HTTP: the psychosocial prevention
 * adviser registers a request for formal psychosocial intervention, writes a note and
 * closes the case, and alone reads it (MEN-11, MEN-18): a coordinator, the DPO, the
 * administrator, a physician and another adviser each get 403, and each refusal is in the
 * audit trail under the applicant's pseudonym (ALL-2). Handed to another adviser, the
 * case leaves the first at once. The account, the persons involved, the notes and the
 * outcome appear in no staff privacy view, mail or access overview, which says only that
 * the file exists, who keeps it, how long and how to ask for it.
 */
@PreventionServiceTest
class PsychosocialCaseTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	private static final String FACTS = "The team leader SHOUTING-MARKER at me every morning";

	private static final String INVOLVED = "Piet INVOLVED-MARKER, team leader";

	private static final String NOTE = "Heard the applicant NOTE-MARKER";

	private static final String OUTCOME = "Mediation OUTCOME-MARKER agreed";

	@LocalServerPort
	int port;

	@Autowired
	PsychosocialFixtures cases;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KeyedHash keyedHash;

	@Autowired
	PrivacyView privacy;

	@Autowired
	Overviews overviews;

	@Autowired
	PdfDocuments pdfs;

	@Autowired
	Register register;

	TestAccount adviser;

	@BeforeEach
	void anAdviser() {
		this.adviser = this.accounts.fresh(Role.PSYCHOSOCIAL_ADVISER);
	}

	@Test
	void theAdviserRegistersARequestWritesANoteAndClosesTheCaseEachReadingAudited_MEN11_MEN18() {
		Browser adviser = signedIn(this.adviser);
		assertThat(adviser.get("/admin?lang=en").body()).contains("Psychosocial cases", "open, handled by me");
		// A number of this test's own: the database is shared with tests that register
		// other persons under the usual test number, whose name a match would show.
		String nationalNumber = SyntheticPeople.nationalNumber(LocalDate.of(1979, 11, 2),
				(int) (System.nanoTime() % 997) + 1);
		HttpResponse<String> registered = adviser.post("/admin/psychosocial/new?lang=en", "firstName", "Sara",
				"lastName", "Slachtoffer", "language", "nl", "nationalNumber", nationalNumber, "employerName",
				"Client NV", "requestKind", "HARASSMENT", "submittedOn", LocalDate.now().minusDays(2).toString(),
				"facts", FACTS, "involved", INVOLVED);
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
		String location = Browser.location(registered);
		UUID id = UUID.fromString(location.replaceAll(".*/admin/psychosocial/([0-9a-f-]{36}).*", "$1"));
		CaseSummary summary = summary(id);

		HttpResponse<String> file = adviser.get("/admin/psychosocial/" + id + "?lang=en");
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.body()).contains("Sara Slachtoffer", "Client NV", "SHOUTING-MARKER", "INVOLVED-MARKER",
				"Violence, or moral or sexual harassment at work");

		assertThat(adviser
			.post("/admin/psychosocial/" + id + "/notes", "notedOn", LocalDate.now().toString(), "note", NOTE)
			.statusCode()).isEqualTo(302);
		assertThat(adviser
			.post("/admin/psychosocial/" + id + "/closing", "closedOn", LocalDate.now().toString(), "outcome", OUTCOME)
			.statusCode()).isEqualTo(302);

		String closed = adviser.get("/admin/psychosocial/" + id + "?lang=en").body();
		assertThat(closed).contains("NOTE-MARKER", "OUTCOME-MARKER").doesNotContain("id=\"note-form\"");
		assertThat(this.jdbc.sql("SELECT status FROM dossiers_psychosocial_case WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("CLOSED");
		assertThat(count(summary.applicant(), this.adviser, "READ")).isGreaterThanOrEqualTo(2);
		assertThat(count(summary.applicant(), this.adviser, "CREATE")).isEqualTo(1);

		String list = adviser.get("/admin/psychosocial?lang=en").body();
		assertThat(list).contains(summary.reference(), "Sara Slachtoffer")
			.doesNotContain("SHOUTING-MARKER", "NOTE-MARKER", "OUTCOME-MARKER");
	}

	@Test
	void aRequestWithBrokenRulesIsRefusedBesideItsFieldsAndNothingIsStored() {
		Browser adviser = signedIn(this.adviser);
		int before = this.jdbc.sql("SELECT COUNT(*) FROM dossiers_psychosocial_case").query(Integer.class).single();
		HttpResponse<String> refused = adviser.post("/admin/psychosocial/new?lang=en", "firstName", "Sara", "language",
				"nl", "employerName", "Client NV", "submittedOn", LocalDate.now().plusDays(1).toString(), "facts",
				FACTS);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("lastName-error", "requestKind-error",
				"A request cannot be submitted in the future.");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM dossiers_psychosocial_case").query(Integer.class).single())
			.isEqualTo(before);
	}

	@Test
	void aCoordinatorTheDpoTheAdministratorAPhysicianAndAnotherAdviserGet403EachOnTheRecord_MEN11() {
		CaseSummary summary = this.cases.submitted(LocalDate.now().minusDays(5), this.adviser.id());
		List<TestAccount> refused = List.of(this.accounts.fresh(Role.COORDINATOR), this.accounts.fresh(Role.DPO),
				this.accounts.fresh(Role.ADMIN), this.accounts.fresh(Role.PHYSICIAN),
				this.accounts.fresh(Role.HEAD_PHYSICIAN), this.accounts.fresh(Role.PSYCHOSOCIAL_ADVISER));
		for (TestAccount account : refused) {
			Browser browser = signedIn(account);
			HttpResponse<String> file = browser.get("/admin/psychosocial/" + summary.id());
			assertThat(file.statusCode()).as(account.username()).isEqualTo(403);
			assertThat(file.body()).doesNotContain("BULLYING-MARKER", "INTERVIEW-MARKER");
			assertThat(count(summary.applicant(), account, "PROCESSING_REFUSED")).as(account.username()).isEqualTo(1);
			assertThat(count(summary.applicant(), account, "READ")).as(account.username()).isZero();
			assertThat(browser.get("/admin/psychosocial").statusCode()).as(account.username())
				.isEqualTo(account.username().contains("psychosocial") ? 200 : 403);
		}
		assertThat(signedIn(this.adviser).get("/admin/psychosocial/" + summary.id()).statusCode()).isEqualTo(200);
	}

	@Test
	void handedToAnotherAdviserTheCaseLeavesTheFirstAtOnceOnTheRecord_MEN11_MEN20() {
		CaseSummary summary = this.cases.submitted(LocalDate.now().minusDays(5), this.adviser.id());
		TestAccount other = this.accounts.fresh(Role.PSYCHOSOCIAL_ADVISER);
		Browser first = signedIn(this.adviser);
		assertThat(first.get("/admin/psychosocial/" + summary.id() + "?lang=en").body()).contains("Hand over");

		HttpResponse<String> handed = first.post("/admin/psychosocial/" + summary.id() + "/hand-over", "adviser",
				other.id().value().toString());
		assertThat(handed.statusCode()).isEqualTo(302);

		assertThat(first.get("/admin/psychosocial/" + summary.id()).statusCode()).isEqualTo(403);
		assertThat(first.get("/admin/psychosocial?lang=en").body()).doesNotContain(summary.reference());
		assertThat(signedIn(other).get("/admin/psychosocial/" + summary.id() + "?lang=en").body())
			.contains("BULLYING-MARKER", "INTERVIEW-MARKER");
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM audit_entry WHERE subject = :subject AND action = 'UPDATE'
					AND detail LIKE '%handed over%'""")
			.param("subject", pseudonym(summary.applicant()))
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void noStaffPrivacyViewButTheAdvisersShowsTheCaseAndNoneShowsItsTexts_MEN11() {
		CaseSummary summary = this.cases.submitted(LocalDate.now().minusDays(5), this.adviser.id());
		this.cases.closed(summary);
		for (Role role : Arrays.asList(null, Role.COORDINATOR, Role.DPO, Role.ADMIN, Role.PHYSICIAN,
				Role.HEAD_PHYSICIAN)) {
			assertThat(cases(summary.applicant(), role)).as(String.valueOf(role)).isEmpty();
		}
		assertThat(cases(summary.applicant(), Role.PSYCHOSOCIAL_ADVISER)).singleElement()
			.satisfies(record -> assertThat(record.fields()).containsKeys("employer", "status")
				.doesNotContainKeys("account_cipher", "involved_cipher", "outcome_cipher")
				.asString()
				.doesNotContain("BULLYING-MARKER", "OUTCOME-MARKER"));
	}

	@Test
	void theAccessOverviewSaysAPsychosocialFileExistsWhoKeepsItAndHowToAskWithoutItsTexts_MEN18_MEN24() {
		CaseSummary summary = this.cases.submitted(LocalDate.now().minusDays(5), this.adviser.id());
		this.cases.closed(summary);
		String overview = PdfText.of(this.pdfs.render("requests/overview-pdf",
				Map.of("overview", this.overviews.of(summary.applicant()), "pack", this.register.pack()),
				Locale.ENGLISH));

		assertThat(overview).contains("Psychosocial file (request for formal psychosocial intervention)",
				"keeps a psychosocial file about you", "psychosocial prevention adviser", "registered letter",
				"copy of your identity card", "20 years");
		assertThat(overview).doesNotContain("BULLYING-MARKER", "INVOLVED-MARKER", "INTERVIEW-MARKER", "OUTCOME-MARKER",
				"harassment");
		assertThat(Arrays.stream(smtp.getReceivedMessages()).map(GreenMailUtil::getWholeMessage))
			.noneMatch(mail -> mail.contains("BULLYING-MARKER") || mail.contains("INTERVIEW-MARKER")
					|| mail.contains("SHOUTING-MARKER") || mail.contains("NOTE-MARKER"));
	}

	private List<PersonalRecord> cases(PersonId applicant, Role reader) {
		return this.privacy.of(applicant, reader, false)
			.getOrDefault("dossiers", List.of())
			.stream()
			.filter(record -> record.table().startsWith("dossiers_psychosocial"))
			.toList();
	}

	private CaseSummary summary(UUID id) {
		return this.jdbc.sql("SELECT applicant_id, reference FROM dossiers_psychosocial_case WHERE id = :id")
			.param("id", id)
			.query((row, number) -> new CaseSummary(id, row.getString("reference"),
					PersonId.of(row.getObject("applicant_id", UUID.class)), "", null, LocalDate.now(),
					this.adviser.id(), null, null, null))
			.single();
	}

	private Browser signedIn(TestAccount account) {
		Browser browser = new Browser(this.port);
		browser.signIn(account);
		return browser;
	}

	private int count(PersonId person, TestAccount account, String action) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM audit_entry WHERE subject = :subject AND actor = :actor AND action = :action
					AND purpose = 'psychosocial-interventions'""")
			.param("subject", pseudonym(person))
			.param("actor", account.username())
			.param("action", action)
			.query(Integer.class)
			.single();
	}

	private String pseudonym(PersonId person) {
		return this.keyedHash.hash("audit.person", person.value().toString());
	}

}
