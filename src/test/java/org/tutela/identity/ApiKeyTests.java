package org.tutela.identity;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.tutela.dossiers.MedicalInspectionTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.platform.crypto.Sha256;
import org.tutela.testing.Browser;
import org.tutela.testing.Http;
import org.tutela.testing.PageTour;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.Smtp;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An HR contact's portal account has no password for HTTP Basic: the contact makes an API
 * key in the portal, sees it once, and the employer's systems order absenteeism controls
 * with it. Only its hash is stored; it opens no other API, and nothing once revoked.
 */
@MedicalInspectionTest
class ApiKeyTests {

	private static final String API = "/api/v1/absenteeism-controls";

	private static final Pattern KEY = Pattern.compile("tutela_[A-Za-z0-9_-]{43}");

	private static final Pattern REVOKE = Pattern.compile("/me/api-keys/([0-9a-f-]{36})/revoke");

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	TrainingFixtures training;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Http http;

	@Autowired
	JdbcClient jdbc;

	TestAccount hr;

	Browser contact;

	@BeforeEach
	void anHrContactSignedInToThePortal() {
		String email = "hr+" + UUID.randomUUID() + "@example.org";
		this.training.client(email);
		this.hr = this.accounts.portalWithPassword(Role.CLIENT_CONTACT, email);
		this.contact = new Browser(this.port);
		assertThat(Browser.location(this.contact.signIn(this.hr))).endsWith("/me");
	}

	@Test
	void aKeyMadeInThePortalIsShownOnceStoredAsAHashAndOrdersControls() {
		assertThat(this.contact.get("/me?lang=en").body()).contains("/me/api-keys", "API keys");
		assertThat(this.contact.get("/me/api-keys?lang=en").body()).contains("You have no keys yet.");
		HttpResponse<String> made = this.contact.post("/me/api-keys", "name", "Payroll system");
		assertThat(made.statusCode()).isEqualTo(200);
		assertThat(made.body()).contains("Your key \u201cPayroll system\u201d is ready.", "shown only this once");
		String key = key(made);

		Map<String, Object> row = this.jdbc
			.sql("SELECT name, key_hash, last_used_at, revoked_at FROM identity_api_key WHERE account_id = ?")
			.param(this.hr.id().value())
			.query()
			.singleRow();
		assertThat(row.get("key_hash")).isEqualTo(Sha256.hex(key));
		assertThat(row.values()).noneMatch(value -> value != null && value.toString().contains(key));
		assertThat(row.get("last_used_at")).isNull();
		String again = this.contact.get("/me/api-keys?lang=en").body();
		assertThat(again).as("the key is shown only once").doesNotContain(key);
		assertThat(again).contains("Payroll system", "Not used yet", "In use")
			.doesNotContain(LocalDate.now().toString());

		HttpResponse<String> unknown = this.http.get(API + "/" + UUID.randomUUID(), bearer(key));
		assertThat(unknown.statusCode()).as("signed in: the control is not found").isEqualTo(404);
		HttpResponse<String> broken = this.http.postJson(API, "{}", bearer(key));
		assertThat(broken.statusCode()).isEqualTo(400);
		assertThat(broken.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(broken.body()).contains("\"errors\"");
		assertThat(this.jdbc.sql("SELECT last_used_at FROM identity_api_key WHERE account_id = ?")
			.param(this.hr.id().value())
			.query()
			.singleValue()).as("the use is recorded").isNotNull();
		assertThat(this.contact.get("/me/api-keys?lang=en").body()).doesNotContain("Not used yet");

		HttpResponse<String> without = this.http.get(API + "/" + UUID.randomUUID());
		assertThat(without.statusCode()).isEqualTo(401);
		assertThat(without.headers().allValues("WWW-Authenticate")).contains("Basic realm=\"Tutela\"",
				"Bearer realm=\"Tutela\"");
		assertThat(this.http.postJson(API, "{}").statusCode()).isEqualTo(401);
		HttpResponse<String> wrong = this.http.get(API + "/" + UUID.randomUUID(), bearer(key + "x"));
		assertThat(wrong.statusCode()).isEqualTo(401);
		assertThat(wrong.headers().allValues("WWW-Authenticate")).contains("Bearer realm=\"Tutela\"");
		assertThat(this.http.postJson(API, "{}", bearer("tutela_" + "A".repeat(43))).statusCode()).isEqualTo(401);
	}

	@Test
	void aKeyOpensNoOtherApi() {
		String key = make("Payroll system");
		for (String path : List.of("/api/v1/people", "/api/v1/people/" + UUID.randomUUID(), "/api/v1/organisations",
				"/api/v1/outreach/lists", "/actuator/metrics")) {
			assertThat(this.http.get(path, bearer(key)).statusCode()).as(path).isIn(401, 403);
		}
		assertThat(this.http.postJson("/api/v1/courses", "{}", bearer(key)).statusCode()).isIn(401, 403);
		assertThat(this.http.postJson("/api/v1/disclosures", "{}", bearer(key)).statusCode()).isIn(401, 403);
		assertThat(this.http.get(API + "/" + UUID.randomUUID(), bearer(key)).statusCode()).isEqualTo(404);
	}

	@Test
	void aRevokedKeyOrAKeyOfADisabledAccountOpensNothing() {
		String revoked = make("Old payroll");
		String kept = make("New payroll");
		String page = this.contact.get("/me/api-keys?lang=en").body();
		Matcher revoke = REVOKE.matcher(page);
		String oldId = this.jdbc.sql("SELECT id FROM identity_api_key WHERE key_hash = ?")
			.param(Sha256.hex(revoked))
			.query(UUID.class)
			.single()
			.toString();
		assertThat(revoke.results().map(match -> match.group(1))).contains(oldId);

		HttpResponse<String> done = this.contact.post("/me/api-keys/" + oldId + "/revoke");
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(Browser.location(done)).endsWith("/me/api-keys?revoked");
		assertThat(this.http.get(API + "/" + UUID.randomUUID(), bearer(revoked)).statusCode()).isEqualTo(401);
		assertThat(this.http.get(API + "/" + UUID.randomUUID(), bearer(kept)).statusCode()).isEqualTo(404);
		String after = this.contact.get("/me/api-keys?revoked&lang=en").body();
		assertThat(after).contains("The key is revoked", "Revoked on").doesNotContain("/me/api-keys/" + oldId);
		assertThat(this.contact.post("/me/api-keys/" + UUID.randomUUID() + "/revoke").statusCode()).isEqualTo(404);

		this.jdbc.sql("UPDATE identity_account SET enabled = FALSE WHERE id = ?").param(this.hr.id().value()).update();
		assertThat(this.http.get(API + "/" + UUID.randomUUID(), bearer(kept)).statusCode()).isEqualTo(401);
	}

	@Test
	void aKeyNeedsANameAndAtMostFiveAreInUse() {
		this.contact.get("/me/api-keys");
		HttpResponse<String> nameless = this.contact.post("/me/api-keys?lang=en", "name", "  ");
		assertThat(nameless.statusCode()).isEqualTo(200);
		assertThat(nameless.body()).contains("id=\"name-error\"", "This field is required.");
		assertThat(KEY.matcher(nameless.body()).find()).isFalse();
		HttpResponse<String> tooLong = this.contact.post("/me/api-keys?lang=en", "name", "x".repeat(201));
		assertThat(tooLong.body()).contains("id=\"name-error\"");
		assertThat(KEY.matcher(tooLong.body()).find()).isFalse();
		for (int made = 1; made <= 5; made++) {
			make("System " + made);
		}
		HttpResponse<String> sixth = this.contact.post("/me/api-keys?lang=en", "name", "System 6");
		assertThat(sixth.body()).contains("id=\"name-error\"", "You already have the most keys you can have in use.");
		assertThat(KEY.matcher(sixth.body()).find()).isFalse();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM identity_api_key WHERE account_id = ?")
			.param(this.hr.id().value())
			.query(Long.class)
			.single()).isEqualTo(5);
	}

	@Test
	void aParticipantHasNoKeys() {
		TestAccount participant = this.accounts.portalWithPassword(Role.PARTICIPANT,
				"participant+" + UUID.randomUUID() + "@example.org");
		Browser browser = new Browser(this.port);
		browser.signIn(participant);
		assertThat(browser.get("/me?lang=en").body()).doesNotContain("/me/api-keys");
		assertThat(browser.get("/me/api-keys").statusCode()).isEqualTo(403);
		browser.get("/me");
		assertThat(browser.post("/me/api-keys", "name", "Mine").statusCode()).isEqualTo(403);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM identity_api_key WHERE account_id = ?")
			.param(participant.id().value())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void thePageFitsAPhonePassesAxeAndSpeaksInWords() throws IOException {
		make("Payroll system");
		String old = make("Old payroll");
		String oldId = this.jdbc.sql("SELECT id FROM identity_api_key WHERE key_hash = ?")
			.param(Sha256.hex(old))
			.query(UUID.class)
			.single()
			.toString();
		this.contact.get("/me/api-keys");
		assertThat(this.contact.post("/me/api-keys/" + oldId + "/revoke").statusCode()).isEqualTo(302);
		// The page names who is signed in: a user name as people choose them, without an
		// id.
		TestAccount named = new TestAccount(this.hr.id(), "hr-contact-" + System.nanoTime(), this.hr.password(), null);
		this.jdbc.sql("UPDATE identity_account SET username = ? WHERE id = ?")
			.params(named.username(), named.id().value())
			.update();
		String base = "http://127.0.0.1:" + this.port;
		ChromeDriver chromium = RealBrowser.start();
		try {
			RealBrowser.signIn(chromium, base, named);
			PageTour tour = new PageTour(chromium, base, this.jdbc);
			assertThat(tour.visit(named.username(), "/me", "/me/api-keys")).contains("/me/api-keys");
			assertThat(tour.faults()).isEmpty();

			chromium.get(base + "/me/api-keys?lang=en");
			chromium.findElement(By.id("name")).sendKeys("Time sheets");
			RealBrowser.click(chromium, By.cssSelector("main form[action$='/me/api-keys'] button[type=submit]"));
			WebElement key = RealBrowser.await(chromium, By.id("key")).get(0);
			assertThat(key.getAttribute("value")).matches(KEY);
			assertThat(chromium.findElement(By.id("made-key")).getText()).contains("shown only this once");
			RealBrowser.lookAt(chromium, "api-key-made");
		}
		finally {
			chromium.quit();
		}
	}

	/** Makes a key on the page, as the contact would, and reads it off the answer. */
	private String make(String name) {
		this.contact.get("/me/api-keys");
		return key(this.contact.post("/me/api-keys", "name", name));
	}

	private static String key(HttpResponse<String> made) {
		Matcher key = KEY.matcher(made.body());
		assertThat(key.find()).as("the new key is on the page").isTrue();
		return key.group();
	}

	private static String[] bearer(String key) {
		return new String[] { "Authorization", "Bearer " + key };
	}

}
