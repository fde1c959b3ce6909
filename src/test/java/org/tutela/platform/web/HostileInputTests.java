package org.tutela.platform.web;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.catalog.Session;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.people.Organisation;
import org.tutela.testing.Browser;
import org.tutela.testing.Http;
import org.tutela.testing.HttpTest;
import org.tutela.testing.Smtp;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile inputs that once reached a 500, replayed over real HTTP on whichever
 * database the suite runs on: each is refused with a 400 (a problem detail in the API, a
 * page that says what was wrong on the site), and nothing of it is stored.
 */
@HttpTest
@Import(TrainingFixtures.class)
class HostileInputTests {

	private static final String PROBLEM = "application/problem+json";

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TrainingFixtures training;

	@Autowired
	TestAccounts accounts;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aNulByteInAnyFormOrQueryIsA400BeforeItReachesTheDatabase() {
		Browser visitor = new Browser(this.port).accepting("text/html");
		visitor.get("/login");
		HttpResponse<String> login = visitor.post("/login", "username", "adm\u0000in", "password", "x");
		assertThat(login.statusCode()).isEqualTo(400);
		assertThat(login.body()).contains("NUL byte");

		HttpResponse<String> calendar = visitor.get("/calendar?q=a%00b");
		assertThat(calendar.statusCode()).isEqualTo(400);

		HttpResponse<String> sessions = this.http.get("/api/v1/sessions?q=a%00b");
		assertThat(sessions.statusCode()).isEqualTo(400);
		assertThat(sessions.headers().firstValue("Content-Type")).hasValue(PROBLEM);
		assertThat(sessions.body()).contains("urn:tutela:problem:invalid-input", "\"field\":\"q\"")
			.doesNotContain("a\u0000b");
	}

	@Test
	void invalidUtf8InAQueryIsA400Problem() {
		HttpResponse<String> response = this.http.get("/api/v1/sessions?q=%C3%28%FF%FE%A0%A1");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Content-Type")).hasValue(PROBLEM);
		assertThat(response.body()).contains("urn:tutela:problem:unreadable-form");
	}

	@Test
	void aTruncatedMultipartBodyOnAPublicFormIsA400AndNothingIsStored() {
		long requests = count("requests_request");
		Browser visitor = new Browser(this.port).accepting("text/html");
		visitor.get("/requests");
		String body = "--XX\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + visitor.csrfToken()
				+ "\r\n--XX\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nAn Peeters";
		for (String path : new String[] { "/requests", "/login", "/login/link", "/login/second-factor",
				"/subscribe/newsletter", "/sessions/" + UUID.randomUUID(), "/evaluate/some-token",
				"/preferences/some-token", "/registrations/cancel/some-token",
				"/registrations/keep-informed/some-token", "/requests/confirm/some-token", "/unsubscribe/some-token",
				"/contact", "/information", "/membership", "/jobs/" + UUID.randomUUID() }) {
			HttpResponse<String> response = visitor.postRaw(path, "multipart/form-data; boundary=XX",
					body.getBytes(StandardCharsets.UTF_8));
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(response.body()).as(path).contains("incomplete");
		}
		assertThat(count("requests_request")).isEqualTo(requests);
	}

	@Test
	void aFileOverTheLargestUploadIsA400ThatSaysSoAndNothingIsStored() {
		long requests = count("requests_request");
		Browser visitor = new Browser(this.port).accepting("text/html");
		visitor.get("/requests?lang=en");
		byte[] head = ("--XX\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + visitor.csrfToken()
				+ "\r\n--XX\r\nContent-Disposition: form-data; name=\"document\"; filename=\"id.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = "\r\n--XX--\r\n".getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + 21 * 1024 * 1024 + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
		HttpResponse<String> response = visitor.postRaw("/requests", "multipart/form-data; boundary=XX", body,
				"Accept-Language", "en");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
		assertThat(response.body()).contains("20 MB").doesNotContain("incomplete");
		assertThat(count("requests_request")).isEqualTo(requests);
	}

	@Test
	void controlCharactersAndOversizedTextInAJsonBodyAreA400NamingTheFieldAndNothingIsStored() {
		long wordings = count("consent_wording");
		HttpResponse<String> nul = this.http.postJson("/api/v1/outreach/wordings",
				"{\"purpose\":\"marketing\",\"language\":\"nl\",\"text\":\"Ja\\u0000graag\"}", "Authorization",
				Http.STAFF);
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(nul.headers().firstValue("Content-Type")).hasValue(PROBLEM);
		assertThat(nul.body()).contains("\"field\":\"text\"", "NUL byte");

		HttpResponse<String> huge = this.http.postJson("/api/v1/outreach/wordings",
				"{\"purpose\":\"marketing\",\"language\":\"nl\",\"text\":\"" + "x".repeat(100_000) + "\"}",
				"Authorization", Http.STAFF);
		assertThat(huge.statusCode()).isEqualTo(400);
		assertThat(huge.body()).contains("\"field\":\"text\"", "too long");

		HttpResponse<String> longerThanAWording = this.http.postJson("/api/v1/outreach/wordings",
				"{\"purpose\":\"marketing\",\"language\":\"nl\",\"text\":\"" + "x".repeat(4001) + "\"}",
				"Authorization", Http.STAFF);
		assertThat(longerThanAWording.statusCode()).isEqualTo(400);
		assertThat(longerThanAWording.body()).contains("\"field\":\"text\"", "too long");
		HttpResponse<String> longPurpose = this.http.postJson("/api/v1/outreach/wordings",
				"{\"purpose\":\"" + "p".repeat(100) + "\",\"language\":\"nl\",\"text\":\"Ja\"}", "Authorization",
				Http.STAFF);
		assertThat(longPurpose.statusCode()).isEqualTo(400);
		assertThat(longPurpose.body()).contains("\"field\":\"purpose\"");
		assertThat(count("consent_wording")).isEqualTo(wordings);

		long choices = count("consent_choice");
		HttpResponse<String> hugeReference = this.http.postJson(
				"/api/v1/outreach/lists/newsletter/subscribers", "{\"person\":\"" + UUID.randomUUID()
						+ "\",\"channel\":\"PAPER\",\"reference\":\"" + "r".repeat(100_000) + "\"}",
				"Authorization", Http.STAFF);
		assertThat(hugeReference.statusCode()).isEqualTo(400);
		assertThat(hugeReference.body()).contains("\"field\":\"reference\"", "too long");
		assertThat(count("consent_choice")).isEqualTo(choices);

		HttpResponse<String> course = this.http.postJson("/api/v1/courses",
				"{\"code\":\"N" + this.tag.toUpperCase().replaceAll("[^A-Z0-9]", "0")
						+ "\",\"title\":\"Eerste\\u0000hulp\",\"language\":\"nl\",\"certified\":false}",
				"Authorization", Http.STAFF);
		assertThat(course.statusCode()).isEqualTo(400);
		assertThat(course.body()).contains("\"field\":\"title\"");
	}

	@Test
	void hostileOrdersToTheBillingApiAreA400ProblemAndNoDraftIsStored() {
		Organisation client = this.training.client("billing-" + this.tag + "@example.org");
		String finance = this.accounts.of(Role.FINANCE).basic();
		long invoices = count("billing_invoice");
		String order = "{\"organisation\":\"" + client.id() + "\",\"lines\":[{\"description\":\"%s\","
				+ "\"quantity\":1,\"unitPrice\":%s,\"vat\":\"STANDARD\"}]}";

		HttpResponse<String> nul = this.http.postJson("/api/v1/billing/orders", order.formatted("Boek\\u0000en", "10"),
				"Authorization", finance);
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(nul.headers().firstValue("Content-Type")).hasValue(PROBLEM);
		assertThat(nul.body()).contains("NUL byte");

		HttpResponse<String> huge = this.http.postJson("/api/v1/billing/orders",
				order.formatted("x".repeat(100_000), "10"), "Authorization", finance);
		assertThat(huge.statusCode()).isEqualTo(400);
		assertThat(huge.body()).contains("too long");

		HttpResponse<String> thousandths = this.http.postJson("/api/v1/billing/orders",
				order.formatted("Boeken", "10.005"), "Authorization", finance);
		assertThat(thousandths.statusCode()).isEqualTo(400);
		assertThat(thousandths.body()).contains("\"field\":\"lines[0].unitPrice\"");

		byte[] invalidUtf8 = order.formatted("Boek__en", "10").getBytes(StandardCharsets.UTF_8);
		int at = new String(invalidUtf8, StandardCharsets.ISO_8859_1).indexOf("__");
		invalidUtf8[at] = (byte) 0xC3;
		invalidUtf8[at + 1] = (byte) 0x28;
		HttpResponse<String> unreadable = this.http.postBytes("/api/v1/billing/orders", "application/json", invalidUtf8,
				"Authorization", finance);
		assertThat(unreadable.statusCode()).isEqualTo(400);
		assertThat(unreadable.headers().firstValue("Content-Type")).hasValue(PROBLEM);

		String cut = order.formatted("Boeken", "10");
		HttpResponse<String> truncated = this.http.postJson("/api/v1/billing/orders",
				cut.substring(0, cut.length() / 2), "Authorization", finance);
		assertThat(truncated.statusCode()).isEqualTo(400);
		assertThat(truncated.headers().firstValue("Content-Type")).hasValue(PROBLEM);

		HttpResponse<String> markup = this.http.postJson("/api/v1/billing/organisations/" + client.id(),
				"{\"invoiceEmail\":\"<script>alert(1)</script>@example.org\",\"language\":\"nl\"}", "Authorization",
				finance);
		assertThat(markup.statusCode()).isEqualTo(400);
		assertThat(markup.body()).contains("\"field\":\"invoiceEmail\"");
		assertThat(count("billing_invoice")).isEqualTo(invoices);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM billing_party WHERE organisation_id = :client")
			.param("client", client.id())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void hostileHandOversToTheBillingApiAreA400ProblemAndNothingIsHandedOver() {
		String finance = this.accounts.of(Role.FINANCE).basic();
		String path = "/api/v1/billing/invoices/" + UUID.randomUUID() + "/hand-over";
		long handOvers = count("billing_hand_over");
		long disclosures = count("disclosure");

		HttpResponse<String> nul = this.http.postJson(path, "{\"recipient\":\"Lawyer\\u0000bailiff\"}", "Authorization",
				finance);
		assertThat(nul.statusCode()).isEqualTo(400);
		assertThat(nul.headers().firstValue("Content-Type")).hasValue(PROBLEM);
		assertThat(nul.body()).contains("NUL byte");

		HttpResponse<String> huge = this.http.postJson(path, "{\"recipient\":\"" + "x".repeat(100_000) + "\"}",
				"Authorization", finance);
		assertThat(huge.statusCode()).isEqualTo(400);
		assertThat(huge.body()).contains("too long");

		HttpResponse<String> unknown = this.http.postJson(path, "{\"recipient\":\"<b>Debt Buyers</b>\"}",
				"Authorization", finance);
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.headers().firstValue("Content-Type")).hasValue(PROBLEM);
		assertThat(unknown.body()).contains("\"field\":\"recipient\"").doesNotContain("<b>");

		HttpResponse<String> truncated = this.http.postJson(path, "{\"recipient\":\"Law", "Authorization", finance);
		assertThat(truncated.statusCode()).isEqualTo(400);
		assertThat(truncated.headers().firstValue("Content-Type")).hasValue(PROBLEM);

		HttpResponse<String> array = this.http.postJson(path, "{\"recipient\":[\"Lawyer or bailiff\"]}",
				"Authorization", finance);
		assertThat(array.statusCode()).isEqualTo(400);
		assertThat(array.headers().firstValue("Content-Type")).hasValue(PROBLEM);

		HttpResponse<String> nowhere = this.http.postJson(path, "{\"recipient\":\"Lawyer or bailiff\"}",
				"Authorization", finance);
		assertThat(nowhere.statusCode()).isEqualTo(404);
		assertThat(nowhere.headers().firstValue("Content-Type")).hasValue(PROBLEM);
		assertThat(count("billing_hand_over")).isEqualTo(handOvers);
		assertThat(count("disclosure")).isEqualTo(disclosures);
	}

	@Test
	void thePublicRequestFormRefusesMarkupAsAnAddressAndInANameBesideTheField() {
		long requests = count("requests_request");
		Browser visitor = new Browser(this.port).accepting("text/html");
		assertThat(visitor.get("/requests?lang=en").body()).as("the form holds the rule the check applies")
			.contains("id=\"name\" name=\"name\" maxlength=\"100\"");
		HttpResponse<String> markup = visitor.post("/requests", "right", "ACCESS", "name", "An <b>Peeters</b>", "email",
				"<script>alert(1)</script>@x.example", "details", "");
		assertThat(markup.statusCode()).isEqualTo(400);
		assertThat(markup.body()).contains("A name cannot hold", "This is not a valid e-mail address")
			.doesNotContain("<script>alert(1)</script>");

		visitor.get("/requests?lang=en");
		HttpResponse<String> reordered = visitor.post("/requests", "right", "ACCESS", "name", "An \u202EsreeteP",
				"email", "an+" + this.tag + "@example.org", "details", "");
		assertThat(reordered.statusCode()).isEqualTo(400);
		assertThat(reordered.body()).contains("A name cannot hold");

		visitor.get("/requests?lang=en");
		HttpResponse<String> escape = visitor.post("/requests", "right", "ACCESS", "name", "An \u001B[31mPeeters",
				"email", "an+" + this.tag + "@example.org", "details", "");
		assertThat(escape.statusCode()).isEqualTo(400);
		assertThat(escape.body()).contains("characters that cannot be typed");
		assertThat(count("requests_request")).isEqualTo(requests);
	}

	@Test
	void theContactAndInformationFormsRefuseNulBytesOversizedTextUnknownChoicesAndMarkupInANameAndStoreNothing() {
		long messages = count("inquiries_message");
		Browser visitor = new Browser(this.port).accepting("text/html");
		String email = "hostile+" + this.tag + "@example.org";
		Map<String, String> refusals = new LinkedHashMap<>();
		refusals.put("lastName=Pee\u0000ters", "NUL byte");
		refusals.put("message=" + "x".repeat(100_000), "This value is too long.");
		refusals.put("subject=../../etc/passwd", "Choose one of the subjects offered.");
		refusals.put("firstName=<b>An</b>", "A name cannot hold");
		refusals.forEach((change, reason) -> {
			Map<String, String> fields = new LinkedHashMap<>(Map.of("subject", "courses", "firstName", "An", "lastName",
					"Peeters", "email", email, "message", "Hi", "website", ""));
			String form = visitor.get("/contact?lang=en").body();
			int at = form.indexOf("name=\"shown\" value=\"") + "name=\"shown\" value=\"".length();
			fields.put("shown", form.substring(at, form.indexOf('"', at)));
			fields.put(change.substring(0, change.indexOf('=')), change.substring(change.indexOf('=') + 1));
			HttpResponse<String> response = visitor.post("/contact",
					fields.entrySet()
						.stream()
						.flatMap(field -> Stream.of(field.getKey(), field.getValue()))
						.toArray(String[]::new));
			assertThat(response.statusCode()).as(reason).isEqualTo(400);
			assertThat(response.body()).as(reason).contains(reason).doesNotContain("<b>An</b>");
		});
		visitor.get("/information?lang=en");
		HttpResponse<String> course = visitor.post("/information", "course", "not-a-course", "firstName", "An",
				"lastName", "Peeters", "email", email);
		assertThat(course.statusCode()).isEqualTo(400);
		assertThat(course.body()).contains("Choose one of the courses offered.");
		assertThat(count("inquiries_message")).isEqualTo(messages);
	}

	@Test
	void aBirthDateThatIsNoDateIsRefusedBesideTheFormNotWithA500() {
		Session session = this.training.session(false, 10, LocalDate.now().plusDays(15));
		String hrEmail = "hr+" + this.tag + "@client.example.org";
		Organisation client = this.training.client(hrEmail);
		Browser contact = new Browser(this.port);
		contact.signIn(this.accounts.portalWithPassword(Role.CLIENT_CONTACT, hrEmail));
		contact.get("/me/registrations?session=" + session.id() + "&lang=en");
		long persons = count("people_person");
		HttpResponse<String> sent = contact.post("/me/registrations", "session", session.id().toString(),
				"organisation", client.id().toString(), "firstName", "Jan", "lastName", "Claes", "email",
				"jan+" + this.tag + "@example.org", "birthDate", "not-a-date");
		assertThat(sent.statusCode()).isEqualTo(400);
		assertThat(sent.body()).contains("This is not a valid date.");
		assertThat(count("people_person")).isEqualTo(persons);
	}

	@Test
	void pagingOutsideItsRangeIsA400() {
		HttpResponse<String> negative = this.http.get("/api/v1/people?page=-1", "Authorization", Http.STAFF);
		assertThat(negative.statusCode()).isEqualTo(400);
		assertThat(negative.body()).contains("\"field\":\"page\"");
		HttpResponse<String> huge = this.http.get("/api/v1/people?page=2147483647&size=100", "Authorization",
				Http.STAFF);
		assertThat(huge.statusCode()).isEqualTo(400);
		HttpResponse<String> tooMany = this.http.get("/api/v1/organisations?size=5000", "Authorization", Http.STAFF);
		assertThat(tooMany.statusCode()).isEqualTo(400);
		assertThat(tooMany.body()).contains("\"field\":\"size\"");
	}

	@Test
	void aVisitorWhoseFormExpiredIsToldSoAndOfferedTheFormAgain() {
		Browser visitor = new Browser(this.port).accepting("text/html");
		HttpResponse<String> expired = visitor.postRaw("/requests", "application/x-www-form-urlencoded",
				"right=ACCESS&name=An&email=an%40example.org&_csrf=stale".getBytes(StandardCharsets.UTF_8), "Referer",
				"http://127.0.0.1:" + this.port + "/requests", "Accept-Language", "en");
		assertThat(expired.statusCode()).isEqualTo(403);
		assertThat(expired.body()).contains("This form has expired", "href=\"/requests\"", "Fill in the form again")
			.doesNotContain("Your account may not open this page");
	}

	private long count(String table) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
	}

}
