package org.tutela.enrolment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.catalog.Session;
import org.tutela.consent.ConsentLedger;
import org.tutela.identity.Role;
import org.tutela.people.MailAddresses;
import org.tutela.personaldata.PersonId;
import org.tutela.register.Register;
import org.tutela.testing.HttpTest;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium: a visitor registers for a session in Dutch and in French, reads
 * the notice beside the form (MEN-6), leaves the marketing box as it is, unticked (MEZ-2,
 * SKI-6), and a coordinator finds the registration in the back office.
 */
@HttpTest
@Import(TrainingFixtures.class)
class RegistrationInABrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TrainingFixtures training;

	@Autowired
	ConsentLedger ledger;

	@Autowired
	Register register;

	@Autowired
	MailAddresses addresses;

	@Autowired
	TestAccounts accounts;

	private ChromeDriver browser;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
		SecurityContextHolder.clearContext();
	}

	@Test
	void aVisitorRegistersInDutchAndInFrenchAndTheCoordinatorFindsThem_MEN6_MEZ2() {
		this.browser = RealBrowser.start();
		Session session = this.training.session(false, 10, LocalDate.now().plusDays(12));
		String marketing = this.register.pack().training().marketing();
		Staff.as(
				() -> List.of(this.ledger.publish(marketing, "nl", "Ja, houd mij op de hoogte van nieuwe opleidingen."),
						this.ledger.publish(marketing, "fr", "Oui, tenez-moi informé(e) des nouvelles formations.")),
				"outreach.manage");
		String tag = UUID.randomUUID().toString().substring(0, 8);

		String dutch = registerIn("nl", session, "Lotte", "lotte+" + tag + "@example.org",
				"Hoe wij uw gegevens gebruiken", "Ja, houd mij op de hoogte van nieuwe opleidingen.",
				"U bent ingeschreven");
		String french = registerIn("fr", session, "Chloé", "chloe+" + tag + "@example.org",
				"Comment nous utilisons vos données", "Oui, tenez-moi informé(e) des nouvelles formations.",
				"Vous êtes inscrit(e)");

		for (String email : new String[] { dutch, french }) {
			PersonId person = this.addresses.personWith(email).orElseThrow();
			assertThat(this.ledger.latest(person, marketing)).as("no marketing consent from an unticked box").isEmpty();
		}

		RealBrowser.signIn(this.browser, base(), this.accounts.of(Role.COORDINATOR));
		this.browser.get(base() + "/admin/sessions");
		RealBrowser.click(this.browser, By.linkText(session.course().code() + " · " + session.course().title()));
		String registrations = RealBrowser.await(this.browser, By.id("registrations")).get(0).getText();
		assertThat(registrations).contains("Lotte Test", "lotte+" + tag + "@example.org", "Chloé Test", "Confirmed");
	}

	private String registerIn(String language, Session session, String firstName, String email, String noticeTitle,
			String consentText, String outcome) {
		this.browser.manage().deleteAllCookies();
		this.browser.get(base() + "/sessions/" + session.id() + "?lang=" + language);
		assertThat(this.browser.findElement(By.cssSelector("#collection-notice h2")).getText()).isEqualTo(noticeTitle);
		assertThat(this.browser.findElement(By.cssSelector("#collection-notice")).getText())
			.contains(this.register.pack().controllers().get(0).name(), this.register.pack().dpoEmail());
		assertThat(this.browser.findElement(By.cssSelector("label[for=marketing]")).getText()).isEqualTo(consentText);
		assertThat(this.browser.findElement(By.id("marketing")).isSelected()).isFalse();
		this.browser.findElement(By.id("firstName")).sendKeys(firstName);
		this.browser.findElement(By.id("lastName")).sendKeys("Test");
		this.browser.findElement(By.id("email")).sendKeys(email);
		var submit = this.browser.findElement(By.cssSelector("#registration button[type=submit]"));
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", submit);
		submit.click();
		assertThat(RealBrowser.await(this.browser, By.id("outcome")).get(0).getText()).startsWith(outcome);
		return email;
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
