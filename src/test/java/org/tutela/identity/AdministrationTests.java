package org.tutela.identity;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Year;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tutela.testing.Browser;
import org.tutela.testing.HttpTest;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator opens accounts; the DPO sees who signed in each month (VCK-10). */
@HttpTest
class AdministrationTests {

	private static final Pattern FIRST_PASSWORD = Pattern.compile("<code class=\"first-password\">([^<]+)</code>");

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Clock clock;

	@Test
	void anAccountOpenedByTheAdminStartsWithAFirstPasswordThatMustBeReplaced() {
		Browser admin = new Browser(this.port);
		admin.signIn(this.accounts.of(Role.ADMIN));
		admin.get("/admin/accounts");
		String username = "trainer-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> opened = admin.post("/admin/accounts", "username", username, "displayName", "Jo Peeters",
				"email", "jo.peeters@example.org", "role", "TRAINER");
		Matcher password = FIRST_PASSWORD.matcher(opened.body());
		assertThat(password.find()).isTrue();
		assertThat(admin.get("/admin/accounts").body()).contains(username).doesNotContain(password.group(1));

		HttpResponse<String> again = admin.post("/admin/accounts", "username", username, "displayName", "Someone Else",
				"role", "FINANCE");
		assertThat(again.body()).contains("Another account already has the user name " + username)
			.as("the rule is beside the field, and what was typed stays")
			.contains("id=\"username-error\"", "aria-describedby=\"username-error\"", "value=\"Someone Else\"");

		Browser holder = new Browser(this.port);
		holder.get("/login");
		HttpResponse<String> first = holder.post("/login", "username", username, "password", password.group(1));
		assertThat(Browser.location(first)).endsWith("/login/password");
	}

	@Test
	void theAdminOpensAHeadPhysiciansAccountWhoMustEnrolASecondFactor_MEN25() {
		Browser admin = new Browser(this.port);
		admin.signIn(this.accounts.of(Role.ADMIN));
		assertThat(admin.get("/admin/accounts").body())
			.contains("<option value=\"HEAD_PHYSICIAN\">Head physician</option>");
		String username = "head-" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> opened = admin.post("/admin/accounts", "username", username, "displayName", "An Claes",
				"role", "HEAD_PHYSICIAN");
		Matcher password = FIRST_PASSWORD.matcher(opened.body());
		assertThat(password.find()).isTrue();
		String row = opened.body().substring(opened.body().indexOf("<td>" + username + "</td>"));
		assertThat(row.substring(0, row.indexOf("</tr>"))).contains("Head physician").doesNotContain("HEAD_PHYSICIAN");

		Browser holder = new Browser(this.port);
		holder.get("/login");
		holder.post("/login", "username", username, "password", password.group(1));
		holder.get("/login/password");
		HttpResponse<String> replaced = holder.post("/login/password", "currentPassword", password.group(1),
				"newPassword", "copper meadow whistle gently", "confirmation", "copper meadow whistle gently");
		assertThat(Browser.location(replaced)).endsWith("/login/second-factor/enrol");
		assertThat(Browser.location(holder.get("/admin"))).endsWith("/login/second-factor/enrol");
	}

	@Test
	void theMonthlyReportShowsWhoSignedInThisMonth_VCK10() {
		TestAccounts.TestAccount participant = this.accounts.of(Role.PARTICIPANT);
		new Browser(this.port).signIn(participant);
		Browser dpo = new Browser(this.port);
		dpo.signIn(this.accounts.of(Role.DPO));
		String report = dpo.get("/admin/logins").body();
		assertThat(report).contains(Integer.toString(Year.now(this.clock).getValue()));
		String row = report.substring(report.indexOf("<td>" + participant.username() + "</td>"));
		row = row.substring(0, row.indexOf("</tr>"));
		assertThat(row).contains("✓");
		assertThat(dpo.get("/admin/logins?year=2001").body()).doesNotContain("✓");
	}

}
