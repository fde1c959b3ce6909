package org.tutela.inquiries;

import java.io.IOException;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.testing.HttpTest;
import org.tutela.testing.PageTour;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium, at a phone's width and a desktop's, with axe-core: a visitor
 * sends the contact form in Dutch, first empty (each reason beside its field), then
 * filled in; asks for information about a course; and the coordinator opens the message
 * from the back office's menu, reads the thread and answers it.
 */
@HttpTest
@Import(TrainingFixtures.class)
class InquiriesInABrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TrainingFixtures training;

	@Autowired
	JdbcClient jdbc;

	private ChromeDriver browser;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aVisitorWritesInDutchAndTheCoordinatorAnswersFromTheBackOffice_CES5() throws IOException {
		this.browser = RealBrowser.start();
		this.training.course(false, 7, null);
		PageTour tour = new PageTour(this.browser, base(), this.jdbc);
		String email = "lotte+" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

		this.browser.get(base() + "/?lang=nl");
		assertThat(this.browser.findElements(By.cssSelector("header a[href='/jobs']")))
			.as("this pack keeps no job applications")
			.isEmpty();
		RealBrowser.lookAt(this.browser, "site-menu-with-contact");
		RealBrowser.click(this.browser, By.cssSelector("header a[href='/contact']"));
		assertThat(this.browser.findElement(By.cssSelector("#collection-notice h2")).getText())
			.isEqualTo("Hoe wij uw gegevens gebruiken");
		submit("contact");
		assertThat(RealBrowser.await(this.browser, By.id("emailError")).get(0).getText())
			.isEqualTo("Dit veld is verplicht.");
		tour.see("visitor contact refused", null);
		RealBrowser.lookAt(this.browser, "contact-refused");

		new Select(this.browser.findElement(By.id("subject"))).selectByVisibleText("Facturen en betalingen");
		this.browser.findElement(By.id("firstName")).sendKeys("Lotte");
		this.browser.findElement(By.id("lastName")).sendKeys("Janssens");
		this.browser.findElement(By.id("email")).sendKeys(email);
		this.browser.findElement(By.id("message")).sendKeys("Mag de factuur naar onze boekhouding?");
		submit("contact");
		assertThat(RealBrowser.await(this.browser, By.id("sent")).get(0).getText())
			.startsWith("We hebben uw bericht ontvangen");
		tour.see("visitor", "/contact?lang=fr");
		tour.see("visitor", "/information?lang=en");
		RealBrowser.lookAt(this.browser, "information");

		RealBrowser.signIn(this.browser, base(), this.accounts.of(Role.FINANCE));
		this.browser.get(base() + "/admin?lang=en");
		RealBrowser.click(this.browser, By.linkText("Messages"));
		RealBrowser.click(this.browser, By.linkText("Lotte Janssens"));
		assertThat(RealBrowser.await(this.browser, By.id("thread")).get(0).getText())
			.contains("Mag de factuur naar onze boekhouding?");
		RealBrowser.lookAt(this.browser, "inquiry");
		this.browser.findElement(By.id("body")).sendKeys("Ja, geef ons het adres.");
		submit("reply");
		assertThat(RealBrowser.await(this.browser, By.id("saved")).get(0).getText()).startsWith("Your answer was sent");
		RealBrowser.lookAt(this.browser, "inquiry-answered");
		tour.visit(Role.FINANCE.name(), "/admin/inquiries", "/admin/inquiries");
		assertThat(tour.faults()).isEmpty();
	}

	private void submit(String form) {
		WebElement button = this.browser.findElement(By.cssSelector("#" + form + " button[type=submit]"));
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
		button.click();
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
