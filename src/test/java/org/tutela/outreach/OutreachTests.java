package org.tutela.outreach;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.catalog.Session;
import org.tutela.personaldata.PersonId;
import org.tutela.consent.Channel;
import org.tutela.consent.Choice;
import org.tutela.consent.ChoiceKind;
import org.tutela.consent.ConsentLedger;
import org.tutela.consent.Evidence;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.outreach.send.Audiences;
import org.tutela.people.NewContact;
import org.tutela.people.NewPerson;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.personaldata.ErasureMode;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.register.PurposeGuard;
import org.tutela.register.Refusal;
import org.tutela.testing.Browser;
import org.tutela.testing.Eventually;
import org.tutela.testing.Http;
import org.tutela.testing.HttpTest;
import org.tutela.testing.Mailbox;
import org.tutela.testing.Smtp;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Newsletters that respect every choice, read from a real SMTP server: double opt-in, the
 * unsubscribe link and the one-click header taking effect before the next send (MEZ-12,
 * SKI-5), audiences per mail category, and suppressed addresses that no import brings
 * back.
 */
@HttpTest
@Import(TrainingFixtures.class)
class OutreachTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/[a-z]+/(?:confirm/)?[A-Za-z0-9_.-]+)");

	@LocalServerPort
	int port;

	@Autowired
	Http http;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Persons persons;

	@Autowired
	MailingLists lists;

	@Autowired
	Unsubscribing unsubscribing;

	@Autowired
	Audiences audiences;

	@Autowired
	ConsentLedger ledger;

	@Autowired
	PersonalDataCatalogue catalogue;

	@Autowired
	PurposeGuard guard;

	@Autowired
	TrainingFixtures training;

	@Autowired
	org.tutela.outreach.list.Links links;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aVisitorConfirmsTheirAddressAndTheOneClickHeaderStopsTheNextCampaign_MEZ12_SKI5_SKI6() throws Exception {
		String code = list("news", "marketing", ListCategory.MARKETING);
		api("/api/v1/outreach/wordings",
				"{\"purpose\":\"marketing\",\"language\":\"en\",\"text\":\"Yes, send me news about courses.\"}");
		String email = "visitor+" + this.tag + "@example.org";
		Browser visitor = new Browser(this.port);
		String form = visitor.get("/subscribe/" + code + "?lang=en").body();
		assertThat(form).contains("Yes, send me news about courses.").doesNotContain("checked");
		String wording = between(form, "name=\"wording\" value=\"", "\"");

		String sent = visitor
			.post("/subscribe/" + code, "firstName", "Vera", "lastName", "Maes", "email", email, "consent", "true",
					"wording", wording)
			.body();

		assertThat(sent).contains("we sent you an e-mail with a link to confirm");
		MimeMessage confirmation = Mailbox.await(smtp, email, "Confirm your subscription").get(0);
		assertThat(visitor.get(path(GreenMailUtil.getBody(confirmation))).body()).contains("You are subscribed");

		String first = campaign(code, "News 1");
		api("/api/v1/outreach/campaigns/" + first + "/send", "{}");
		MimeMessage news = Mailbox.await(smtp, email, "News 1").get(0);
		String oneClick = news.getHeader("List-Unsubscribe")[0];
		assertThat(news.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(Mailbox.decoded(GreenMailUtil.getBody(news)))
			.contains("Unsubscribe in one click: " + oneClick.substring(1, oneClick.length() - 1));

		// What a mail client does for the one-click header: a plain POST, no cookie, no
		// form token.
		HttpResponse<String> left = this.http.postForm(path(oneClick), "List-Unsubscribe=One-Click");
		assertThat(left.statusCode()).isEqualTo(200);

		String second = campaign(code, "News 2");
		api("/api/v1/outreach/campaigns/" + second + "/send", "{}");
		awaitSettled(second);
		assertThat(Mailbox.to(smtp, email, "News 2")).isEmpty();
		PersonId person = personWith(email);
		assertThat(this.ledger.latest(person, "marketing").orElseThrow().kind()).isEqualTo(ChoiceKind.WITHDRAWN);
	}

	@Test
	void theUnsubscribeLinkInTheMailWorksInABrowserAndTheNextCampaignSkipsThePerson_MEZ12() throws Exception {
		String code = list("letter", "marketing", ListCategory.MARKETING);
		String email = "reader+" + this.tag + "@example.org";
		PersonId reader = register("Rik", email);
		subscribeOnPaper(code, reader);

		String first = campaign(code, "Letter 1");
		api("/api/v1/outreach/campaigns/" + first + "/send", "{}");
		String body = Mailbox.decoded(GreenMailUtil.getBody(Mailbox.await(smtp, email, "Letter 1").get(0)));
		Matcher unsubscribe = Pattern.compile("/unsubscribe/[A-Za-z0-9_.-]+").matcher(body);
		assertThat(unsubscribe.find()).isTrue();
		Browser browser = new Browser(this.port);
		browser.get(unsubscribe.group() + "?lang=en");
		assertThat(browser.post(unsubscribe.group()).body()).contains("You no longer receive");

		String second = campaign(code, "Letter 2");
		api("/api/v1/outreach/campaigns/" + second + "/send", "{}");
		awaitSettled(second);
		assertThat(Mailbox.to(smtp, email, "Letter 2")).isEmpty();
	}

	@Test
	void nobodyWhoObjectedWithdrewLeftOrIsRestrictedIsInAMarketingAudienceButTheLawsInformationStillReachesThem_CES2() {
		String marketing = list("offers", "marketing", ListCategory.MARKETING);
		String legal = list("members", "training-administration", ListCategory.LEGAL);
		PersonId consented = register("Ann", "ann+" + this.tag + "@example.org");
		PersonId withdrew = register("Bart", "bart+" + this.tag + "@example.org");
		PersonId objected = register("Cas", "cas+" + this.tag + "@example.org");
		PersonId left = register("Dirk", "dirk+" + this.tag + "@example.org");
		PersonId restricted = register("Eva", "eva+" + this.tag + "@example.org");
		for (PersonId person : List.of(consented, withdrew, objected, left, restricted)) {
			subscribeOnPaper(marketing, person);
			subscribeOnPaper(legal, person);
		}

		this.ledger.record(withdrew, "marketing", ChoiceKind.WITHDRAWN, Evidence.of(Channel.EMAIL_LINK));
		this.ledger.record(objected, "marketing", ChoiceKind.OBJECTED, Evidence.of(Channel.STAFF));
		MailingList offers = this.lists.open(marketing);
		this.unsubscribing.unsubscribe(this.links.unsubscribe(offers.id(), left).replaceAll(".*/unsubscribe/", ""),
				"203.0.113.1", "test");
		this.catalogue.restrict(restricted, true);

		assertThat(this.audiences.of(offers)).containsExactly(consented);
		assertThat(this.audiences.of(this.lists.open(legal))).containsExactlyInAnyOrder(consented, withdrew, objected,
				left);
	}

	@Test
	void onALegitimateInterestListAnObjectionIsEnoughToLeaveAndConsentIsNotAsked_MEN7() {
		String code = list("updates", "information-requests", ListCategory.MARKETING);
		PersonId quiet = register("Frank", "frank+" + this.tag + "@example.org");
		PersonId objecting = register("Greet", "greet+" + this.tag + "@example.org");
		importAddresses(code, "email\nfrank+" + this.tag + "@example.org\ngreet+" + this.tag + "@example.org\n");

		this.ledger.record(objecting, "information-requests", ChoiceKind.OBJECTED, Evidence.of(Channel.PORTAL));

		assertThat(this.audiences.of(this.lists.open(code))).containsExactly(quiet);
	}

	@Test
	void anImportDoesNotBringBackAnAddressThatLeftOrWasErased() {
		String code = list("partners", "information-requests", ListCategory.MARKETING);
		String leaving = "hanne+" + this.tag + "@example.org";
		String erased = "ivo+" + this.tag + "@example.org";
		PersonId hanne = register("Hanne", leaving);
		PersonId ivo = register("Ivo", erased);
		assertThat(importAddresses(code, "email\n" + leaving + "\n" + erased + "\n")).contains("\"added\":2");
		MailingList partners = this.lists.open(code);
		this.unsubscribing.unsubscribe(this.links.unsubscribe(partners.id(), hanne).replaceAll(".*/unsubscribe/", ""),
				"203.0.113.1", "test");
		this.catalogue.erase(ivo, ErasureMode.DELETE);
		PersonId ivoAgain = register("Ivo", erased);

		String report = importAddresses(code,
				"email\n" + leaving + "\n" + erased + "\nnobody+" + this.tag + "@example.org\n");

		assertThat(report).contains("\"added\":0", leaving, erased, "nobody+" + this.tag);
		assertThat(this.audiences.of(partners)).doesNotContain(hanne, ivoAgain);
	}

	@Test
	void aHardBounceTakesTheAddressOffEveryListAndASoftOneChangesNothing_CES2() {
		String marketing = list("bounce", "information-requests", ListCategory.MARKETING);
		String legal = list("notices", "training-administration", ListCategory.LEGAL);
		String gone = "gone+" + this.tag + "@example.org";
		String busy = "busy+" + this.tag + "@example.org";
		PersonId goneOwner = register("Jan", gone);
		PersonId busyOwner = register("Kim", busy);
		importAddresses(marketing, "email\n" + gone + "\n" + busy + "\n");
		importAddresses(legal, "email\n" + gone + "\n" + busy + "\n");

		HttpResponse<String> report = this.http.post("/api/v1/outreach/bounces/dsn", "text/plain",
				"Reporting-MTA: dns; mail.example.net\n\nFinal-Recipient: rfc822; " + gone
						+ "\nAction: failed\nStatus: 5.1.1\n\nFinal-Recipient: rfc822; " + busy
						+ "\nAction: failed\nStatus: 4.2.2\n",
				"Authorization", this.accounts.of(Role.MARKETING).basic());

		assertThat(report.body()).contains("\"reported\":2", "\"removed\":1");
		assertThat(this.audiences.of(this.lists.open(marketing))).containsExactly(busyOwner);
		assertThat(this.audiences.of(this.lists.open(legal))).containsExactly(busyOwner);
		assertThat(importAddresses(legal, "email\n" + gone + "\n")).contains("\"added\":0", gone);
		assertThat(goneOwner).isNotNull();
	}

	@Test
	void thePreferenceCentreTakesAnObjectionToAUseOnLegitimateInterestAtOnce_CES11_VCK8() {
		String email = "lies+" + this.tag + "@example.org";
		PersonId person = register("Lies", email);
		String token = this.links.preferences(person).replaceAll(".*/preferences/", "");
		Browser browser = new Browser(this.port);
		String page = browser.get("/preferences/" + token + "?lang=en").body();
		assertThat(page).contains("Uses of your data you may object to",
				"Answering requests for information about courses and services");

		browser.post("/preferences/" + token, "object", "information-requests");

		assertThat(this.ledger.latest(person, "information-requests").orElseThrow().kind())
			.isEqualTo(ChoiceKind.OBJECTED);
		assertThat(browser.get("/preferences/" + token + "?lang=en").body()).contains("You objected to this");
		assertThat(this.ledger.latest(person, "marketing")).isEmpty();
	}

	@Test
	void staffCannotRecordAConsentWithoutTheProofThatThePersonGaveIt_SKI6_MEZ2() {
		String code = list("proof", "marketing", ListCategory.MARKETING);
		PersonId person = register("Jan", "jan+" + this.tag + "@example.org");
		String subscribers = "/api/v1/outreach/lists/" + code + "/subscribers";

		HttpResponse<String> told = api(subscribers, "{\"person\": \"" + person + "\"}");
		HttpResponse<String> unproven = api(subscribers, "{\"person\": \"" + person + "\", \"channel\": \"PAPER\"}");

		assertThat(told.statusCode()).isEqualTo(400);
		assertThat(told.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(told.body()).contains("\"field\":\"channel\"", "signed paper form or their own e-mail");
		assertThat(unproven.statusCode()).isEqualTo(400);
		assertThat(unproven.body()).contains("\"field\":\"wording\"", "\"field\":\"reference\"",
				"Say where the proof is kept");
		HttpResponse<String> hostile = api(subscribers, """
				{"person": "%s", "channel": "PAPER", "wording": "%s", "reference": "folder\\u0000 3 %s"}"""
			.formatted(person, wording("marketing"), "x".repeat(100_000)));
		HttpResponse<String> nul = api(subscribers, """
				{"person": "%s", "channel": "PAPER", "wording": "%s", "reference": "folder\\u0000 3"}"""
			.formatted(person, wording("marketing")));
		assertThat(hostile.statusCode()).isEqualTo(400);
		assertThat(hostile.body()).contains("\"field\":\"reference\"", "too long");
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(nul.body()).contains("\"field\":\"reference\"", "NUL byte");
		assertThat(this.ledger.history(person)).isEmpty();
		assertThat(this.audiences.includes(this.lists.open(code), person)).isFalse();

		subscribeOnPaper(code, person);

		Choice given = this.ledger.latest(person, "marketing").orElseThrow();
		assertThat(given.kind()).isEqualTo(ChoiceKind.GIVEN);
		assertThat(given.evidence().channel()).isEqualTo(Channel.PAPER);
		assertThat(given.evidence().reference()).isEqualTo("event sign-up sheet, folder 2");
		assertThat(this.ledger.wording(given.evidence().wording()).orElseThrow().text())
			.isEqualTo("Yes, send me news about courses.");
		assertThat(this.audiences.includes(this.lists.open(code), person)).isTrue();
	}

	@Test
	void anAddressNobodyConfirmedReachesNoCampaignAndItsConsentCountsForNothing_SKI5_SKI6() throws Exception {
		String code = list("pending", "marketing", ListCategory.MARKETING);
		String wording = wording("marketing");
		String email = "kim+" + this.tag + "@example.org";
		Browser visitor = new Browser(this.port);
		visitor.get("/subscribe/" + code + "?lang=en");
		visitor.post("/subscribe/" + code, "firstName", "Kim", "lastName", "Peeters", "email", email, "consent", "true",
				"wording", wording);
		PersonId person = personWith(email);

		assertThat(this.ledger.latest(person, "marketing").orElseThrow().kind()).isEqualTo(ChoiceKind.UNCONFIRMED);
		assertThat(this.guard.check(person, "marketing").refusal()).isEqualTo(Refusal.CONSENT_MISSING);
		String unconfirmed = campaign(code, "Pending 1");
		api("/api/v1/outreach/campaigns/" + unconfirmed + "/send", "{}");
		awaitSettled(unconfirmed);
		assertThat(Mailbox.to(smtp, email, "Pending 1")).isEmpty();

		String link = path(GreenMailUtil.getBody(Mailbox.await(smtp, email, "Confirm your subscription").get(0)));
		assertThat(visitor.get(link).body()).contains("You are subscribed");
		Choice confirmed = this.ledger.latest(person, "marketing").orElseThrow();
		assertThat(confirmed.kind()).isEqualTo(ChoiceKind.GIVEN);
		assertThat(confirmed.evidence().channel()).isEqualTo(Channel.EMAIL_LINK);
		assertThat(confirmed.evidence().wording()).hasToString(wording);

		// Someone typing the same address into the form again takes nothing away.
		Browser stranger = new Browser(this.port);
		stranger.get("/subscribe/" + code + "?lang=en");
		stranger.post("/subscribe/" + code, "firstName", "Kim", "lastName", "Peeters", "email", email, "consent",
				"true", "wording", wording);
		assertThat(this.ledger.latest(person, "marketing").orElseThrow().kind()).isEqualTo(ChoiceKind.GIVEN);
		assertThat(this.audiences.of(this.lists.open(code))).contains(person);
	}

	@Test
	void theBoxTickedOnTheRegistrationFormPutsThePersonOnTheMarketingListOnceTheyConfirmIt_MEZ2() throws Exception {
		String code = list("courses", "marketing", ListCategory.MARKETING);
		String wording = wording("marketing");
		Session session = this.training.session(false, 10, LocalDate.now().plusDays(20));
		String email = "lotte+" + this.tag + "@example.org";
		Browser visitor = new Browser(this.port);
		String form = visitor.get("/sessions/" + session.id() + "?lang=en").body();
		assertThat(form).contains("Yes, send me news about courses.");

		HttpResponse<String> registered = visitor.post("/sessions/" + session.id(), "firstName", "Lotte", "lastName",
				"Test", "email", email, "shown", between(form, "name=\"shown\" value=\"", "\""), "marketing", "true",
				"wording", wording);

		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
		PersonId person = personWith(email);
		assertThat(this.ledger.latest(person, "marketing").orElseThrow().kind()).isEqualTo(ChoiceKind.UNCONFIRMED);
		String mail = Mailbox
			.decoded(GreenMailUtil.getBody(Mailbox.await(smtp, email, "Registration confirmed").get(0)));
		Matcher keepInformed = Pattern.compile("/registrations/keep-informed/[A-Za-z0-9_-]+").matcher(mail);
		assertThat(keepInformed.find()).as(mail).isTrue();
		String before = campaign(code, "Course news 1");
		api("/api/v1/outreach/campaigns/" + before + "/send", "{}");
		awaitSettled(before);
		assertThat(Mailbox.to(smtp, email, "Course news 1")).isEmpty();

		assertThat(visitor.get(keepInformed.group() + "?lang=en").body()).contains("Yes, keep me informed");
		assertThat(this.ledger.latest(person, "marketing").orElseThrow().kind()).as("opening the link confirms nothing")
			.isEqualTo(ChoiceKind.UNCONFIRMED);
		assertThat(visitor.post(keepInformed.group()).body()).contains("you will receive our news");

		Choice given = this.ledger.latest(person, "marketing").orElseThrow();
		assertThat(given.kind()).isEqualTo(ChoiceKind.GIVEN);
		assertThat(given.evidence().channel()).isEqualTo(Channel.EMAIL_LINK);
		assertThat(given.evidence().wording()).hasToString(wording);
		awaitOnList(code, person);
		String after = campaign(code, "Course news 2");
		api("/api/v1/outreach/campaigns/" + after + "/send", "{}");
		assertThat(Mailbox.await(smtp, email, "Course news 2")).hasSize(1);
		assertThat(visitor.post(keepInformed.group()).statusCode()).as("the link is used up").isEqualTo(404);
	}

	@Test
	void theBoxTickedWhileSignedInToThePortalCountsAtOnce_MEZ2() throws Exception {
		String code = list("portal", "marketing", ListCategory.MARKETING);
		String wording = wording("marketing");
		Session session = this.training.session(false, 10, LocalDate.now().plusDays(20));
		String email = "mira+" + this.tag + "@example.org";
		PersonId person = register("Mira", email);
		Browser participant = new Browser(this.port);
		participant.signIn(this.accounts.portalWithPassword(Role.PARTICIPANT, email));
		String form = participant.get("/sessions/" + session.id() + "?lang=en").body();

		HttpResponse<String> registered = participant.post("/sessions/" + session.id(), "firstName", "Mira", "lastName",
				"Test", "email", email, "shown", between(form, "name=\"shown\" value=\"", "\""), "marketing", "true",
				"wording", wording);

		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
		Choice given = this.ledger.latest(person, "marketing").orElseThrow();
		assertThat(given.kind()).isEqualTo(ChoiceKind.GIVEN);
		assertThat(given.evidence().channel()).isEqualTo(Channel.PORTAL);
		awaitOnList(code, person);
	}

	@Test
	void aListThatRestsOnConsentTakesNoImport() {
		String code = list("consented", "marketing", ListCategory.MARKETING);
		HttpResponse<String> refused = this.http.post("/api/v1/outreach/lists/" + code + "/import", "text/csv",
				"email\nx@example.org\n", "Authorization", this.accounts.of(Role.MARKETING).basic());
		assertThat(refused.statusCode()).isEqualTo(409);
		assertThat(refused.body()).contains("consent-list-import");
	}

	private String list(String name, String activity, ListCategory category) {
		String code = name + "-" + this.tag;
		HttpResponse<String> created = api("/api/v1/outreach/lists", """
				{"code": "%s", "name": "%s %s", "activity": "%s", "category": "%s"}""".formatted(code, name, this.tag,
				activity, category));
		assertThat(created.statusCode()).isEqualTo(201);
		return code;
	}

	private String campaign(String code, String subject) {
		HttpResponse<String> created = api("/api/v1/outreach/campaigns", """
				{"list": "%s", "variants": [{"language": "en", "subject": "%s", "body": "Hello,\\nnews."},
				 {"language": "nl", "subject": "%s (nl)", "body": "Hallo,\\nnieuws."}]}""".formatted(code, subject,
				subject));
		assertThat(created.statusCode()).isEqualTo(201);
		return between(created.body(), "\"id\":\"", "\"");
	}

	private String importAddresses(String code, String csv) {
		HttpResponse<String> report = this.http.post("/api/v1/outreach/lists/" + code + "/import", "text/csv", csv,
				"Authorization", this.accounts.of(Role.MARKETING).basic());
		assertThat(report.statusCode()).isEqualTo(200);
		return report.body();
	}

	/**
	 * Staff add the person with the proof of their consent: the paper form they signed,
	 * and the text on it.
	 */
	private void subscribeOnPaper(String code, PersonId person) {
		String wording = wording(this.lists.open(code).activity());
		assertThat(api("/api/v1/outreach/lists/" + code + "/subscribers", """
				{"person": "%s", "channel": "PAPER", "wording": "%s", "reference": "event sign-up sheet, folder 2"}"""
			.formatted(person, wording)).statusCode()).isEqualTo(204);
	}

	/** The id of the published English consent text for the activity. */
	private String wording(String activity) {
		HttpResponse<String> published = api("/api/v1/outreach/wordings",
				"{\"purpose\":\"" + activity + "\",\"language\":\"en\",\"text\":\"Yes, send me news about courses.\"}");
		assertThat(published.statusCode()).isEqualTo(200);
		return between(published.body(), "\"id\":\"", "\"");
	}

	private HttpResponse<String> api(String path, String json) {
		return this.http.postJson(path, json, "Authorization", this.accounts.of(Role.COORDINATOR).basic());
	}

	private PersonId register(String first, String email) {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("setup", null, "people.manage", "backoffice"));
		PersonId id = this.persons
			.register(new NewPerson(first, null, "Test", null, "en", null, Provenance.WEB_FORM,
					List.of(NewContact.business(email)), List.of(), List.of()))
			.id();
		SecurityContextHolder.clearContext();
		return id;
	}

	private PersonId personWith(String email) {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("setup", null, "people.read", "backoffice"));
		return this.persons.search(new org.tutela.people.PersonQuery(null, email, null, null, 0, 5))
			.items()
			.get(0)
			.id();
	}

	/**
	 * The listener that puts a confirmed participant on the lists runs after the commit,
	 * on its own thread.
	 */
	private void awaitOnList(String code, PersonId person) {
		Eventually.holds("the person reaches the list " + code,
				() -> this.audiences.includes(this.lists.open(code), person));
	}

	private void awaitSettled(String campaign) throws InterruptedException {
		Instant until = Instant.now().plus(Duration.ofSeconds(15));
		while (Instant.now().isBefore(until)) {
			String progress = this.http
				.get("/api/v1/outreach/campaigns/" + campaign, "Authorization",
						this.accounts.of(Role.COORDINATOR).basic())
				.body();
			if (progress.contains("\"status\":\"SENT\"")) {
				return;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("campaign " + campaign + " was not sent within 15 s");
	}

	private static String path(String text) {
		Matcher link = LINK.matcher(Mailbox.decoded(text));
		assertThat(link.find()).as("a link in %s", text).isTrue();
		return link.group(1);
	}

	private static String between(String text, String before, String after) {
		int start = text.indexOf(before) + before.length();
		return text.substring(start, text.indexOf(after, start));
	}

}
