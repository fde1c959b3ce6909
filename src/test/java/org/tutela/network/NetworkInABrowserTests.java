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
import org.tutela.people.Provenance;
import org.tutela.personaldata.PersonId;
import org.tutela.requests.DataRequest;
import org.tutela.requests.RequestAnswers;
import org.tutela.requests.RequestFixtures;
import org.tutela.requests.Right;
import org.tutela.testing.PageTour;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium, at a phone's width and a desktop's, with axe-core: the
 * coordinator opens the network from the back office's menu, a contact's record, a
 * private address refused without the consent's wording, an event's participant list, a
 * match recorded as given to the member who asked, a restricted contact's record offering
 * no change, and a contact who signed up on the website, whose origin is not unknown.
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

	@Autowired
	NetworkContacts contacts;

	@Autowired
	RequestFixtures requests;

	@Autowired
	RequestAnswers answers;

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
		press(By.cssSelector("#details summary"));
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

		// A match: the page says to whom the names went, the member and their
		// organisation.
		PersonId dirk = this.network.member("Dirk", "Vraag" + this.tag, "Directeur", "dirk." + this.tag + "@example.be",
				acme.id());
		Staff.coordinator(() -> this.contacts.share(bert, InterestKind.EXPERTISE, "Kaizen " + this.tag));
		this.browser.get(base() + "/admin/network?lang=en");
		this.browser.findElement(By.id("person-search")).sendKeys("Vraag" + this.tag);
		RealBrowser.click(this.browser, By.id("person-" + dirk.value()));
		this.browser.findElement(By.id("subject")).sendKeys("kaizen " + this.tag);
		submit("#match");
		assertThat(RealBrowser.await(this.browser, By.id("match-recorded")).get(0).getText())
			.isEqualTo("Recorded in the disclosure log, as given to Dirk Vraag" + this.tag + " of Kwaliteit " + this.tag
					+ ".");
		tour.see("coordinator network match", null);
		RealBrowser.lookAt(this.browser, "network-match");
		this.browser.get(base() + "/admin/network/contacts/" + dirk.value() + "?lang=en");
		assertThat(this.browser.findElement(By.id("received")).getText())
			.endsWith(": \u201ckaizen " + this.tag + "\u201d, one member named");
		RealBrowser.lookAt(this.browser, "network-contact-received");

		// Restricted: the record is read, with nothing offered to change.
		DataRequest restriction = this.requests.verified(bert, Right.RESTRICTION);
		RequestFixtures.dpo(() -> this.answers.restrict(restriction.id()));
		this.browser.get(base() + "/admin/network/contacts/" + bert.value() + "?lang=en");
		assertThat(this.browser.findElement(By.id("restricted")).getText())
			.startsWith("This person asked that their data only be kept for now");
		assertThat(this.browser.findElement(By.id("expertises")).getText()).contains("Kaizen " + this.tag)
			.doesNotContain("Remove");
		assertThat(this.browser.findElements(By.cssSelector("form[action*='/admin/network/contacts/']"))).isEmpty();
		tour.see("coordinator network contact restricted", null);
		RealBrowser.lookAt(this.browser, "network-contact-restricted");

		// A contact who signed up on the website: how they began is not recorded yet, and
		// not unknown.
		PersonId nora = this.network.member("Nora", "Nieuw" + this.tag, "Ingenieur", "nora." + this.tag + "@example.be",
				acme.id(), Provenance.WEB_FORM);
		this.browser.get(base() + "/admin/network/contacts/" + nora.value() + "?lang=en");
		assertThat(this.browser.findElement(By.id("began")).getText())
			.startsWith("Not recorded yet: they gave their data on our website, on ");
		tour.see("coordinator network contact new", null);
		RealBrowser.lookAt(this.browser, "network-contact-new");

		tour.visit(Role.COORDINATOR.name(), "/admin/network", "/admin/network");
		tour.see("coordinator network contact", "/admin/network/contacts/" + ann.value() + "?lang=nl");
		RealBrowser.lookAt(this.browser, "network-contact");
		assertThat(tour.faults()).isEmpty();
	}

	private void submit(String form) {
		press(By.cssSelector(form + " button[type=submit]"));
	}

	/**
	 * Clicks an element once it is in the middle of the window, as a person scrolls to
	 * it.
	 */
	private void press(By what) {
		WebElement element = this.browser.findElement(what);
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element);
		element.click();
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
