package org.tutela.retention;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.tutela.identity.Role;
import org.tutela.personaldata.PersonId;
import org.tutela.requests.RequestFixtures;
import org.tutela.testing.Browser;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The DPO's retention page over HTTP: a dry run started there and followed to its end,
 * rule by rule, and a legal hold placed, refused when the person is unknown, and lifted.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(RequestFixtures.class)
@DirtiesContext
class RetentionPagesTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	RequestFixtures fixtures;

	@Test
	void theDpoStartsADryRunAndFollowsItRuleByRule_ALL4() throws InterruptedException {
		Browser officer = new Browser(this.port);
		officer.signIn(this.accounts.of(Role.DPO));
		officer.get("/admin/retention?lang=en");

		HttpResponse<String> started = officer.post("/admin/retention/runs", "dryRun", "true");
		assertThat(started.statusCode()).isEqualTo(302);
		String run = URI.create(Browser.location(started)).getPath();
		assertThat(run).contains("/admin/retention/runs/");
		String page = officer.get(run + "?lang=en").body();
		for (int wait = 0; wait < 100 && page.contains(">Running<"); wait++) {
			Thread.sleep(100);
			page = officer.get(run + "?lang=en").body();
		}

		assertThat(page).contains("Dry run of the sweeps", ">Done<", "training-administration",
				"anonymise 10 years after end of calendar year of session", "registrations (enrolment)",
				"No such records kept here", "Would reach");
		assertThat(officer.get("/admin/retention?lang=en").body()).contains(run);
	}

	@Test
	void aLegalHoldIsPlacedOnAKnownPersonOnlyAndLifted() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		PersonId person = this.fixtures.person("Karel", "Held" + tag, "karel+" + tag + "@example.be");
		Browser officer = new Browser(this.port);
		officer.signIn(this.accounts.of(Role.DPO));
		officer.get("/admin/retention?lang=en");

		String refused = officer
			.post("/admin/retention/holds?lang=en", "person", UUID.randomUUID().toString(), "reason", "DISPUTE", "note",
					"")
			.body();
		assertThat(refused).contains("There is no person with this id.");
		String garbled = officer
			.post("/admin/retention/holds?lang=en", "person", "not an id", "reason", "DISPUTE", "note", "Claim 12")
			.body();
		assertThat(garbled).contains("Give the id of a person")
			.as("the rule is beside the picker and what was typed stays")
			.contains("id=\"person-error\"", "value=\"Claim 12\"")
			.containsPattern(
					"<option value=\"DISPUTE\" selected=\"selected\"|<option selected=\"selected\" value=\"DISPUTE\"");

		assertThat(officer
			.post("/admin/retention/holds", "person", person.toString(), "reason", "UNPAID_INVOICE", "note",
					"invoice 2026-114")
			.statusCode()).isEqualTo(302);
		String holds = officer.get("/admin/retention?lang=en").body();
		assertThat(holds).contains("Karel Held" + tag, "Unpaid invoice", "invoice 2026-114");

		String row = holds.substring(holds.indexOf("Karel Held" + tag));
		String hold = row.substring(row.indexOf("/admin/retention/holds/"), row.indexOf("/lift"));
		assertThat(officer.post(hold + "/lift").statusCode()).isEqualTo(302);
		assertThat(officer.get("/admin/retention?lang=en").body()).doesNotContain("Karel Held" + tag);
	}

}
