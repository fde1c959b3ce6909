package org.tutela.identity;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tutela.identity.mfa.Totp;
import org.tutela.testing.Browser;
import org.tutela.testing.HttpTest;
import org.tutela.testing.Mailbox;
import org.tutela.testing.Smtp;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wrong authenticator codes count per account, not per session: signing in again does not
 * buy new tries (ASVS 6.3.1). Sign-in links are limited per account in the same spirit.
 */
@HttpTest
class SecondFactorLockTests {

	private static final String WRONG = "This code is not right, has expired or was used already.";

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void theSixthWrongCodeAcrossSessionsLocksTheSecondFactorEvenAgainstTheRightCode_ASVS_6_3_1() throws Exception {
		String email = "dpo+" + this.tag + "@example.org";
		TestAccount dpo = this.accounts.freshWithEmail(Role.DPO, email);
		for (int session = 0; session < 3; session++) {
			Browser browser = signedInWithPassword(dpo);
			for (int attempt = 0; attempt < 2; attempt++) {
				assertThat(browser.post("/login/second-factor", "code", "000000").body()).contains(WRONG);
			}
		}
		HttpResponse<String> right = signedInWithPassword(dpo).post("/login/second-factor", "code",
				Totp.code(dpo.totpSecret(), Instant.now()));
		assertThat(right.statusCode()).isEqualTo(200);
		assertThat(right.body()).as("the same answer as any wrong code").contains(WRONG);
		assertThat(Browser.location(right)).doesNotEndWith("/admin");
		String told = Mailbox.await(smtp, email, "Your Tutela second step is locked").get(0).getContent().toString();
		assertThat(Mailbox.decoded(told)).contains("too many wrong codes", "locked until")
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}T");
	}

	@Test
	void fiveWrongCodesAcrossSessionsDoNotLockAndTheRightCodeStartsTheCountAgain_ASVS_6_3_1() {
		TestAccount dpo = this.accounts.fresh(Role.DPO);
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(signedInWithPassword(dpo).post("/login/second-factor", "code", "000000").body()).contains(WRONG);
		}
		HttpResponse<String> right = signedInWithPassword(dpo).post("/login/second-factor", "code",
				Totp.code(dpo.totpSecret(), Instant.now()));
		assertThat(Browser.location(right)).endsWith("/admin");
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(signedInWithPassword(dpo).post("/login/second-factor", "code", "000000").body()).contains(WRONG);
		}
		assertThat(Browser.location(signedInWithPassword(dpo).post("/login/second-factor", "code",
				Totp.code(dpo.totpSecret(), Instant.now().plusSeconds(30)))))
			.endsWith("/admin");
	}

	@Test
	void anAddressIsSentAtMostFiveSignInLinksAnHourWithTheSameAnswerEachTime() throws Exception {
		String email = "participant+" + this.tag + "@example.org";
		this.accounts.portal(Role.PARTICIPANT, email);
		for (int i = 0; i < 7; i++) {
			Browser browser = new Browser(this.port);
			browser.get("/login/link");
			HttpResponse<String> asked = browser.post("/login/link", "email", email);
			assertThat(asked.statusCode()).isEqualTo(200);
		}
		Mailbox.await(smtp, email, "Your Tutela sign-in link");
		Thread.sleep(1_000);
		assertThat(Mailbox.to(smtp, email, "Your Tutela sign-in link")).hasSize(5);
	}

	private Browser signedInWithPassword(TestAccount account) {
		Browser browser = new Browser(this.port);
		browser.get("/login");
		browser.post("/login", "username", account.username(), "password", account.password());
		browser.get("/login/second-factor");
		return browser;
	}

}
