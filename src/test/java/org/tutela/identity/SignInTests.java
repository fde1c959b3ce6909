package org.tutela.identity;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.identity.mfa.Totp;
import org.tutela.testing.Browser;
import org.tutela.testing.Http;
import org.tutela.testing.HttpTest;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in with a password and a second factor, as a browser does it. */
@HttpTest
class SignInTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Http http;

	@Test
	void anUnknownUserAWrongPasswordAndALockedAccountGetTheSameAnswer_ASVS_6_3_8() {
		TestAccount locked = this.accounts.fresh(Role.FINANCE);
		this.jdbc.sql("UPDATE identity_account SET locked_until = ? WHERE id = ?")
			.params(java.time.OffsetDateTime.now().plusHours(1), locked.id().value())
			.update();

		HttpResponse<String> unknown = attempt("nobody-" + UUID.randomUUID(), TestAccounts.PASSWORD);
		HttpResponse<String> wrong = attempt(this.accounts.fresh(Role.COORDINATOR).username(), "not-the-password");
		HttpResponse<String> whileLocked = attempt(locked.username(), locked.password());

		for (HttpResponse<String> refused : new HttpResponse[] { unknown, wrong, whileLocked }) {
			assertThat(refused.statusCode()).isEqualTo(302);
			assertThat(Browser.location(refused)).endsWith("/login?error");
			assertThat(refused.body()).isEqualTo(unknown.body());
		}
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne_ASVS_6_3_1() {
		TestAccount marketing = this.accounts.fresh(Role.MARKETING);
		for (int i = 0; i < 5; i++) {
			assertThat(Browser.location(attempt(marketing.username(), "wrong-" + i))).endsWith("/login?error");
		}
		assertThat(Browser.location(attempt(marketing.username(), marketing.password()))).endsWith("/login?error");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM identity_login_event WHERE account_id = ? AND kind = 'LOCKED'")
			.param(marketing.id().value())
			.query(Integer.class)
			.single()).isEqualTo(1);

		this.jdbc.sql("UPDATE identity_account SET locked_until = ? WHERE id = ?")
			.params(java.time.OffsetDateTime.now().minusSeconds(1), marketing.id().value())
			.update();
		assertThat(Browser.location(attempt(marketing.username(), marketing.password()))).endsWith("/admin");
	}

	@Test
	void rolesThatNeedASecondFactorCannotReachTheBackOfficeWithAPasswordAlone_MEN25_ASVS_6_3_3() {
		for (Role role : new Role[] { Role.ADMIN, Role.DPO, Role.PHYSICIAN, Role.HEAD_PHYSICIAN,
				Role.PSYCHOSOCIAL_ADVISER }) {
			TestAccount account = this.accounts.of(role);
			Browser browser = new Browser(this.port);
			browser.get("/login");
			HttpResponse<String> password = browser.post("/login", "username", account.username(), "password",
					account.password());
			assertThat(Browser.location(password)).as(role.name()).endsWith("/login/second-factor");
			HttpResponse<String> backOffice = browser.get("/admin");
			assertThat(backOffice.statusCode()).as(role.name()).isEqualTo(302);
			assertThat(Browser.location(backOffice)).as(role.name()).endsWith("/login/second-factor");
			assertThat(browser.get("/me/connections").statusCode()).as(role.name()).isEqualTo(302);
			assertThat(this.http.get("/api/v1/courses", "Authorization", account.basic()).statusCode()).isEqualTo(200);
			assertThat(this.http.postJson("/api/v1/courses", "{}", "Authorization", account.basic()).statusCode())
				.as("the API takes no second factor, so it refuses these roles")
				.isEqualTo(403);

			browser.get("/login/second-factor");
			HttpResponse<String> code = browser.post("/login/second-factor", "code",
					Totp.code(account.totpSecret(), Instant.now()));
			assertThat(Browser.location(code)).as(role.name()).endsWith("/admin");
			assertThat(browser.get("/admin").statusCode()).as(role.name()).isEqualTo(200);
		}
	}

	@Test
	void anAuthenticatorCodeWorksOnlyOnce_ASVS_6_6_3() {
		TestAccount dpo = this.accounts.fresh(Role.DPO);
		String code = Totp.code(dpo.totpSecret(), Instant.now().plusSeconds(30));
		assertThat(Browser.location(secondStep(dpo, code))).endsWith("/admin");
		HttpResponse<String> replay = secondStep(dpo, code);
		assertThat(replay.statusCode()).isEqualTo(200);
		assertThat(replay.body()).contains("This code is not right, has expired or was used already.");
	}

	@Test
	void aSessionLivesInTheDatabaseAndGetsANewIdAtSignIn_ASVS_7_2_4() {
		Browser browser = new Browser(this.port);
		browser.get("/login");
		String before = browser.sessionCookie();
		assertThat(Browser.location(browser.signIn(this.accounts.of(Role.TRAINER)))).endsWith("/admin");
		String after = browser.sessionCookie();
		assertThat(after).isNotEmpty().isNotEqualTo(before);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?")
			.param("trainer-user")
			.query(Integer.class)
			.single()).isPositive();
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefused_ASVS_3_5_1() {
		Browser browser = new Browser(this.port);
		browser.signIn(this.accounts.of(Role.COORDINATOR));
		HttpResponse<String> forged = browser.postRaw("/me/password",
				"currentPassword=test-only-password&newPassword=a-forged-new-password&confirmation=a-forged-new-password");
		assertThat(forged.statusCode()).isEqualTo(403);
		assertThat(Browser.location(browser.signIn(this.accounts.of(Role.COORDINATOR)))).endsWith("/admin");
	}

	@Test
	void everyoneSeesTheirOwnConnectionHistory_CES7() {
		TestAccount trainer = this.accounts.of(Role.TRAINER);
		Browser browser = new Browser(this.port, "HistoryCheck/2.0");
		browser.get("/login");
		browser.post("/login", "username", trainer.username(), "password", "a-wrong-password");
		browser.signIn(trainer);
		HttpResponse<String> history = browser.get("/me/connections");
		assertThat(history.statusCode()).isEqualTo(200);
		assertThat(history.body()).contains("Signed in", "Sign-in refused", "127.0.0.1", "HistoryCheck/2.0");
	}

	private HttpResponse<String> attempt(String username, String password) {
		Browser browser = new Browser(this.port);
		browser.get("/login");
		return browser.post("/login", "username", username, "password", password);
	}

	private HttpResponse<String> secondStep(TestAccount account, String code) {
		Browser browser = new Browser(this.port);
		browser.get("/login");
		browser.post("/login", "username", account.username(), "password", account.password());
		browser.get("/login/second-factor");
		return browser.post("/login/second-factor", "code", code);
	}

}
