package org.tutela.identity.web;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tutela.identity.Role;
import org.tutela.identity.mfa.Totp;
import org.tutela.testing.HttpTest;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A DPO's first sign-in in a real browser: the QR code renders under the strict content
 * security policy, the authenticator code is accepted, the back office opens (MEN-25).
 */
@HttpTest
class SecondFactorInABrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	private ChromeDriver browser;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aDpoEnrolsAnAuthenticatorByQrCodeAndReachesTheBackOffice_MEN25() {
		this.browser = RealBrowser.start();
		TestAccount dpo = this.accounts.unenrolled(Role.DPO);
		this.browser.get("http://127.0.0.1:" + this.port + "/login");
		this.browser.findElement(By.id("username")).sendKeys(dpo.username());
		this.browser.findElement(By.id("password")).sendKeys(dpo.password());
		this.browser.findElement(By.cssSelector("section form button[type=submit]")).click();

		RealBrowser.awaitAddress(this.browser, "/login/second-factor/enrol");
		WebElement qr = this.browser.findElement(By.cssSelector("section img"));
		Object width = this.browser.executeScript("return arguments[0].complete && arguments[0].naturalWidth", qr);
		assertThat(((Number) width).intValue()).as("the QR code image rendered").isPositive();

		String secret = this.browser.findElement(By.cssSelector("code.secret")).getText();
		this.browser.findElement(By.id("code")).sendKeys(Totp.code(secret, Instant.now()));
		this.browser.findElement(By.cssSelector("section form button[type=submit]")).click();
		assertThat(RealBrowser.await(this.browser, By.cssSelector("ul.recovery-codes li"))).hasSize(10);

		this.browser.findElement(By.linkText("Continue")).click();
		RealBrowser.awaitAddress(this.browser, "/admin");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Back office");
	}

}
