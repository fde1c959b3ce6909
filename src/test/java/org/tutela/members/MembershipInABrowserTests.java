package org.tutela.members;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.identity.Role;
import org.tutela.testing.Http;
import org.tutela.testing.PageTour;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium, at a phone's width and a desktop's, with axe-core, under the HR
 * network's pack: a visitor applies for membership in Dutch, first with nothing filled in
 * (each reason beside its field), then filled in; the coordinator opens the application
 * from the back office's menu, accepts it from today, and the member's page offers to end
 * the membership.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tutela.policy.pack=hr-network")
@Import(Http.class)
class MembershipInABrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

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
	void aVisitorAppliesInDutchAndTheCoordinatorAcceptsFromTheBackOffice_CES4() throws IOException {
		this.browser = RealBrowser.start();
		PageTour tour = new PageTour(this.browser, base(), this.jdbc);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String organisation = "Preventie Oost " + tag;

		this.browser.get(base() + "/membership?lang=nl");
		assertThat(this.browser.findElement(By.cssSelector("#collection-notice h2")).getText())
			.isEqualTo("Hoe wij uw gegevens gebruiken");
		submit("membership");
		assertThat(RealBrowser.await(this.browser, By.id("email-error")).get(0).getText())
			.isEqualTo("Dit veld is verplicht.");
		tour.see("visitor membership refused", null);
		RealBrowser.lookAt(this.browser, "membership-refused");

		this.browser.findElement(By.id("organisationName")).sendKeys(organisation);
		this.browser.findElement(By.id("city")).sendKeys("Gent");
		this.browser.findElement(By.id("firstName")).sendKeys("Lotte");
		this.browser.findElement(By.id("lastName")).sendKeys("Janssens");
		this.browser.findElement(By.id("email")).sendKeys("lotte+" + tag + "@example.org");
		this.browser.findElement(By.id("function")).sendKeys("Preventieadviseur");
		submit("membership");
		assertThat(RealBrowser.await(this.browser, By.id("sent")).get(0).getText())
			.startsWith("We hebben uw aanvraag ontvangen");
		tour.see("visitor", "/membership?lang=fr");
		tour.see("visitor", "/membership?lang=en");
		RealBrowser.lookAt(this.browser, "membership");

		RealBrowser.signIn(this.browser, base(), this.accounts.of(Role.COORDINATOR));
		this.browser.get(base() + "/admin?lang=en");
		RealBrowser.click(this.browser, By.linkText("Memberships"));
		RealBrowser.lookAt(this.browser, "memberships");
		RealBrowser.click(this.browser, By.linkText(organisation));
		assertThat(RealBrowser.await(this.browser, By.id("state")).get(0).getText()).contains("Awaiting a decision");
		RealBrowser.lookAt(this.browser, "membership-application");
		tour.see("coordinator membership application", null);
		WebElement from = this.browser.findElement(By.id("from"));
		this.browser.executeScript("arguments[0].value = arguments[1]", from,
				LocalDate.now(ZoneId.of("Europe/Brussels")).toString());
		submit("accept");
		assertThat(RealBrowser.await(this.browser, By.id("saved")).get(0).getText())
			.startsWith("The application was accepted");
		assertThat(this.browser.findElement(By.id("membership")).getText()).startsWith("since");
		assertThat(this.browser.findElements(By.id("end"))).hasSize(1);
		RealBrowser.lookAt(this.browser, "member");
		tour.see("coordinator member", null);
		tour.visit(Role.COORDINATOR.name(), "/admin/members", "/admin/members");
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
