package org.tutela.platform.web;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tutela.identity.Role;
import org.tutela.testing.HttpTest;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The back office's menu as staff meet it: each account sees the sections and pages its
 * role may open, the page shown is marked and the trail leads back; on a phone the menu
 * folds into a button and no page is wider than the screen.
 */
@HttpTest
class BackOfficeShellInABrowserTests {

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
	void aCoordinatorFindsTrainingAndPeopleButNotThePrivacyOfficersPages() throws IOException {
		this.browser = RealBrowser.start();
		RealBrowser.signIn(this.browser, base(), this.accounts.of(Role.COORDINATOR));
		this.browser.get(base() + "/admin/sessions?lang=en");

		List<String> menu = menu();
		assertThat(menu).contains("Sessions", "Catalogue", "People", "Change your password")
			.doesNotContain("Audit trail", "Retention", "Accounts");
		WebElement current = this.browser.findElement(By.cssSelector(".shell-aside a[aria-current=page]"));
		assertThat(current.getText()).isEqualTo("Sessions");
		assertThat(this.browser.findElement(By.cssSelector(".breadcrumb")).getText()).contains("Back office",
				"Training", "Sessions");
		assertThat(this.browser.findElement(By.cssSelector(".navbar")).getText()).contains("Signed in as");
		RealBrowser.lookAt(this.browser, "shell-coordinator-sessions");
	}

	@Test
	void theDataProtectionOfficerFindsThePrivacyPagesAndTheTrailOfAPageBelowOne() throws IOException {
		this.browser = RealBrowser.start();
		RealBrowser.signIn(this.browser, base(), this.accounts.of(Role.DPO));
		this.browser.get(base() + "/admin/retention?lang=en");

		assertThat(menu()).contains("Data-subject requests", "Retention", "Audit trail", "Disclosures")
			.doesNotContain("Catalogue");
		assertThat(this.browser.findElement(By.cssSelector(".shell-aside a[aria-current=page]")).getText())
			.isEqualTo("Retention");
		assertThat(this.browser.findElement(By.cssSelector(".breadcrumb")).getText()).contains("Privacy", "Retention");
		RealBrowser.lookAt(this.browser, "shell-dpo-retention");
	}

	@Test
	void onAPhoneTheMenuFoldsIntoAButtonThatOpensIt() {
		this.browser = RealBrowser.start();
		RealBrowser.signIn(this.browser, base(), this.accounts.of(Role.COORDINATOR));
		this.browser.manage().window().setSize(new Dimension(390, 900));
		this.browser.get(base() + "/admin?lang=en");

		assertThat(this.browser.findElement(By.cssSelector(".shell-aside")).isDisplayed()).isFalse();
		WebElement button = this.browser.findElement(By.cssSelector(".shell-menu summary"));
		assertThat(button.isDisplayed()).isTrue();
		WebElement sessions = this.browser.findElement(By.cssSelector(".shell-menu a[href='/admin/sessions']"));
		assertThat(sessions.isDisplayed()).isFalse();
		button.click();
		assertThat(sessions.isDisplayed()).isTrue();
		assertThat(sessions.getText()).isEqualTo("Sessions");
	}

	private List<String> menu() {
		this.browser.manage().window().setSize(new Dimension(1366, 1000));
		return this.browser.findElements(By.cssSelector(".shell-aside a")).stream().map(WebElement::getText).toList();
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
