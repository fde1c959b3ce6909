package org.tutela.identity;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.testing.Browser;
import org.tutela.testing.HttpTest;
import org.tutela.testing.Smtp;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Participants and client contacts sign in with a single-use link sent over real SMTP.
 */
@HttpTest
class PortalLinkTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	private static final Pattern LINK = Pattern.compile("https?://\\S+(/login/link/[A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aParticipantSignsInOnceWithTheLinkFromTheirMailbox() throws Exception {
		String email = "an.de.smet+" + UUID.randomUUID() + "@example.org";
		this.accounts.portal(Role.PARTICIPANT, email);
		Browser browser = new Browser(this.port);
		String link = linkSentTo(browser, email);

		assertThat(browser.get(link).statusCode()).as("opening the link alone does not sign in").isEqualTo(200);
		assertThat(browser.get("/me").statusCode()).isEqualTo(302);
		HttpResponse<String> signedIn = browser.post(link);
		assertThat(Browser.location(signedIn)).endsWith("/me");
		assertThat(browser.get("/me").statusCode()).isEqualTo(200);
		assertThat(browser.get("/admin").statusCode()).as("a participant has no back office").isEqualTo(403);

		Browser other = new Browser(this.port);
		other.get(link);
		assertThat(other.post(link).body()).contains("This link has expired or was used already.");
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoMail_ASVS_6_3_8() throws Exception {
		String email = "hr+" + UUID.randomUUID() + "@example.org";
		this.accounts.portal(Role.CLIENT_CONTACT, email);
		Browser browser = new Browser(this.port);
		browser.get("/login/link");
		String unknown = browser.post("/login/link", "email", "nobody+" + UUID.randomUUID() + "@example.org").body();
		assertThat(smtp.waitForIncomingEmail(1000, 1)).isFalse();
		browser.get("/login/link");
		String known = browser.post("/login/link", "email", email).body();
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		assertThat(strip(known)).isEqualTo(strip(unknown));
	}

	@Test
	void anExpiredLinkSignsNobodyIn() throws Exception {
		String email = "late+" + UUID.randomUUID() + "@example.org";
		this.accounts.portal(Role.PARTICIPANT, email);
		Browser browser = new Browser(this.port);
		String link = linkSentTo(browser, email);
		this.jdbc.sql("UPDATE identity_login_link SET expires_at = expires_at - INTERVAL '1' DAY").update();
		browser.get(link);
		assertThat(browser.post(link).body()).contains("This link has expired or was used already.");
	}

	@Test
	void aPortalAccountHasNoPasswordToGuess() {
		TestAccount participant = this.accounts.portal(Role.PARTICIPANT, "p+" + UUID.randomUUID() + "@example.org");
		Browser browser = new Browser(this.port);
		browser.get("/login");
		HttpResponse<String> attempt = browser.post("/login", "username", participant.username(), "password",
				"stand-in for an account that does not exist");
		assertThat(Browser.location(attempt)).endsWith("/login?error");
	}

	/**
	 * Asks for a link as the person would and returns its path from the mail that
	 * arrived.
	 */
	private static String linkSentTo(Browser browser, String email) throws Exception {
		browser.get("/login/link");
		assertThat(browser.post("/login/link", "email", email).body()).contains("a sign-in link is on its way");
		assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
		MimeMessage mail = smtp.getReceivedMessages()[0];
		assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
		Matcher link = LINK.matcher(GreenMailUtil.getBody(mail));
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

	// The CSRF token in the page differs per request; the rest must not.
	private static String strip(String page) {
		return page.replaceAll("name=\"_csrf\" value=\"[^\"]+\"", "");
	}

}
