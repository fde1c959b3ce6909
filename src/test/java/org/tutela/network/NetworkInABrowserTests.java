package org.tutela.network;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
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
import org.tutela.catalog.Session;
import org.tutela.enrolment.Registering;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.people.Organisation;
import org.tutela.personaldata.PersonId;
import org.tutela.requests.RequestFixtures;
import org.tutela.testing.PageTour;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium, at a phone's width and a desktop's, with axe-core: the
 * coordinator opens the network from the back office's menu, a contact's record, a
 * private address refused without the consent's wording, and an event's participant list.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tutela.policy.pack=quality-network")
@Import({ TrainingFixtures.class, NetworkFixtures.class, RequestFixtures.class })
class NetworkInABrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TrainingFixtures training;

	@Autowired
	NetworkFixtures network;

	@Autowired
	Registering registering;

	@Autowired
	JdbcClient jdbc;

	private ChromeDriver browser;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theCoordinatorKeepsAContactsRecordAndReadsAnEventsParticipantList_VCK1_VCK8() throws IOException {
		this.browser = RealBrowser.start();
		Organisation acme = this.network.company("Kwaliteit " + this.tag);
		PersonId ann = this.network.member("Ann", "Peeters", "Kwaliteitsmanager", "ann." + this.tag + "@example.be",
				acme.id());
		PersonId bert = this.network.member("Bert", "Claes", "Preventieadviseur", "bert." + this.tag + "@example.be",
				acme.id());
		Session event = this.training.session(false, 10, LocalDate.now().plusDays(12));
		Staff.coordinator(
				() -> List.of(ann, bert).forEach(person -> this.registering.registerKnownByStaff(event.id(), person)));
		PageTour tour = new PageTour(this.browser, base(), this.jdbc);

		RealBrowser.signIn(this.browser, base(), this.accounts.of(Role.COORDINATOR));
		this.browser.get(base() + "/admin?lang=en");
		RealBrowser.click(this.browser, By.linkText("Contacts and expertise"));
		assertThat(RealBrowser.await(this.browser, By.id("match")).get(0).getText()).contains("Expertise sought");
		RealBrowser.lookAt(this.browser, "network");

		this.browser.get(base() + "/admin/network/contacts/" + ann.value() + "?lang=en");
		assertThat(this.browser.findElement(By.id("began")).getText())
			.isEqualTo("Unknown: a contact from before we recorded how we met");
		this.browser.findElement(By.cssSelector("#details summary")).click();
		this.browser.findElement(By.id("privateStreet")).sendKeys("Thuisstraat 4");
		this.browser.findElement(By.id("privatePostcode")).sendKeys("2000");
		this.browser.findElement(By.id("privateCity")).sendKeys("Antwerpen");
		submit("#details form");
		assertThat(RealBrowser.await(this.browser, By.id("consentWording-error")).get(0).getText())
			.startsWith("A private address is kept only with the person's explicit consent");
		tour.see("coordinator network contact refused", null);
		RealBrowser.lookAt(this.browser, "network-contact-refused");

		this.browser.get(base() + "/admin/network/events/" + event.id() + "?lang=en");
		assertThat(this.browser.findElement(By.id("participants")).getText()).contains("Peeters", "Ann",
				"Kwaliteitsmanager", "Kwaliteit " + this.tag);
		RealBrowser.lookAt(this.browser, "network-event");

		tour.visit(Role.COORDINATOR.name(), "/admin/network", "/admin/network");
		tour.see("coordinator network contact", "/admin/network/contacts/" + ann.value() + "?lang=nl");
		RealBrowser.lookAt(this.browser, "network-contact");
		assertThat(tour.faults()).isEmpty();
	}

	private void submit(String form) {
		WebElement button = this.browser.findElement(By.cssSelector(form + " button[type=submit]"));
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
		button.click();
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
