package org.tutela.outreach;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tutela.identity.Role;
import org.tutela.testing.Browser;
import org.tutela.testing.Http;
import org.tutela.testing.HttpTest;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Marketing staff compose a campaign in the back office, see whom it reaches, send it and
 * follow its progress.
 */
@HttpTest
class OutreachPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	Http http;

	@Autowired
	TestAccounts accounts;

	@Test
	void aCampaignIsComposedInTheBackOfficeSentAndFollowedToTheEnd() throws Exception {
		String code = "pages-" + UUID.randomUUID().toString().substring(0, 8);
		String list = """
				{"code": "%s", "name": "Course news %s", "activity": "marketing", "category": "MARKETING"}"""
			.formatted(code, code);
		assertThat(this.http
			.postJson("/api/v1/outreach/lists", list, "Authorization", this.accounts.of(Role.MARKETING).basic())
			.statusCode()).isEqualTo(201);
		Browser marketing = new Browser(this.port);
		marketing.signIn(this.accounts.of(Role.MARKETING));

		String overview = marketing.get("/admin/outreach?lang=en").body();
		assertThat(overview).contains("Course news " + code, "/subscribe/" + code);
		HttpResponse<String> empty = marketing.post("/admin/outreach/campaigns", "list", code);
		assertThat(empty.body()).contains("Message texts: This field is required.");

		marketing.get("/admin/outreach?lang=en");
		HttpResponse<String> saved = marketing.post("/admin/outreach/campaigns", "list", code, "subject-nl",
				"Nieuwe cursussen", "body-nl", "Beste lezer,\nvolgende maand starten nieuwe cursussen.");
		assertThat(saved.statusCode()).isEqualTo(302);
		String page = Browser.location(saved).replaceAll("^https?://[^/]+", "");
		String draft = marketing.get(page + "?lang=en").body();
		assertThat(draft).contains("draft", "Nieuwe cursussen", "Nobody is in its audience now")
			.as("sending is confirmed, saying how many will be mailed")
			.contains("Nobody is on the list now", "A campaign that is sent cannot be called back.");

		marketing.post(page + "/send");

		Instant until = Instant.now().plus(Duration.ofSeconds(10));
		String sent = marketing.get(page + "?lang=en").body();
		while (!sent.contains(">sent<") && Instant.now().isBefore(until)) {
			Thread.sleep(200);
			sent = marketing.get(page + "?lang=en").body();
		}
		assertThat(sent).contains(">sent<", "0 sent, 0 waiting, 0 skipped");
	}

	@Test
	void aListIsCreatedAndABouncedAddressTakenOffInTheBackOffice_CES2() {
		String code = "bo-" + UUID.randomUUID().toString().substring(0, 8);
		Browser marketing = new Browser(this.port);
		marketing.signIn(this.accounts.of(Role.MARKETING));
		marketing.get("/admin/outreach?lang=en");
		HttpResponse<String> refused = marketing.post("/admin/outreach/lists", "code", "", "name", "No code",
				"activity", "marketing", "category", "MARKETING");
		assertThat(refused.body()).contains("Code: Use 2 to 60 lower-case letters, digits and dashes.")
			.as("beside the field too, with what was typed kept")
			.contains("id=\"code-error\"", "aria-describedby=\"code-error\"", "value=\"No code\"");

		marketing.get("/admin/outreach?lang=en");
		HttpResponse<String> created = marketing.post("/admin/outreach/lists", "code", code, "name",
				"Back-office news " + code, "activity", "marketing", "category", "MARKETING");
		assertThat(Browser.location(created)).endsWith("/admin/outreach");
		assertThat(marketing.get("/admin/outreach?lang=en").body())
			.contains("The list Back-office news " + code + " is created.", "/subscribe/" + code);

		String email = code + "@example.org";
		assertThat(this.http
			.postJson("/api/v1/people", """
					{"firstName": "Bo", "lastName": "Unce", "language": "en", "provenance": "WEB_FORM",
					 "emails": [{"value": "%s", "usage": "BUSINESS"}]}""".formatted(email), "Authorization",
					this.accounts.of(Role.COORDINATOR).basic())
			.statusCode()).isEqualTo(201);
		marketing.get("/admin/outreach");
		marketing.post("/admin/outreach/bounces", "report", "", "email", email);
		assertThat(marketing.get("/admin/outreach?lang=en").body())
			.contains("1 bounces read, 1 known addresses taken off the lists.");
	}

}
