package org.tutela.identity;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tutela.testing.Browser;
import org.tutela.testing.HttpTest;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/** What ends a session, and how its cookie is kept from scripts and other sites. */
@HttpTest
class SessionTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Test
	void theSessionCookieIsHiddenFromScriptsAndOtherSites_ASVS_3_3_2_ASVS_3_3_4() {
		Browser browser = new Browser(this.port);
		browser.get("/login");
		HttpResponse<String> signedIn = browser.post("/login", "username", "staff", "password", TestAccounts.PASSWORD);
		String cookie = signedIn.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(header -> header.startsWith("SESSION="))
			.findFirst()
			.orElseThrow();
		assertThat(cookie).contains("HttpOnly", "SameSite=Lax", "Path=/");
	}

	@Test
	void signingOutEndsTheSessionOnTheServer_ASVS_7_4_1() {
		Browser browser = new Browser(this.port);
		browser.signIn(this.accounts.of(Role.FINANCE));
		assertThat(browser.get("/me").statusCode()).isEqualTo(200);
		Browser thief = new Browser(this.port);
		thief.useSession(browser.sessionCookie());
		assertThat(thief.get("/me").statusCode()).isEqualTo(200);

		browser.get("/me");
		assertThat(Browser.location(browser.post("/logout"))).endsWith("/login?logout");
		assertThat(thief.get("/me").statusCode()).as("the copied cookie is worthless now").isEqualTo(302);
	}

	@Test
	void changingThePasswordEndsTheAccountsOtherSessions_ASVS_7_4_3() {
		TestAccount account = this.accounts.fresh(Role.COORDINATOR);
		Browser laptop = new Browser(this.port);
		Browser phone = new Browser(this.port);
		laptop.signIn(account);
		phone.signIn(account);
		assertThat(phone.get("/me").statusCode()).isEqualTo(200);

		laptop.get("/me/password");
		String chosen = "copper meadow whistle autumn";
		HttpResponse<String> changed = laptop.post("/me/password", "currentPassword", account.password(), "newPassword",
				chosen, "confirmation", chosen);
		assertThat(Browser.location(changed)).endsWith("/admin");
		assertThat(laptop.get("/me").statusCode()).isEqualTo(200);
		assertThat(phone.get("/me").statusCode()).isEqualTo(302);
	}

}
