package org.tutela.enrolment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.tutela.catalog.Session;
import org.tutela.identity.Role;
import org.tutela.people.NewContact;
import org.tutela.people.NewPerson;
import org.tutela.people.Person;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.testing.HttpTest;
import org.tutela.testing.Mailbox;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium, a coordinator adds a person to a session by typing their name
 * into the person picker, then writes to the session's participants: the page says how
 * many will be e-mailed, and only then sends; each participant receives the message.
 */
@HttpTest
@Import(TrainingFixtures.class)
class SessionParticipantsInABrowserTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	TrainingFixtures training;

	@Autowired
	Registering registering;

	@Autowired
	Persons persons;

	@Autowired
	TestAccounts accounts;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	private ChromeDriver browser;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aCoordinatorAddsAPersonWithThePickerAndEMailsTheParticipantsAfterTheConfirmation() throws Exception {
		this.browser = RealBrowser.start();
		Session session = this.training.session(false, 5, LocalDate.now().plusDays(30));
		String nora = email("nora");
		Staff.coordinator(() -> this.registering.registerByStaff(session.id(),
				new RegistrationForm("Nora", "Peeters", nora, null, null, null, null, null, null, null, null), "nl"));
		String lastName = "Zed" + this.tag.replaceAll("[0-9]", "x");
		String oscar = email("oscar");
		Person picked = Staff.coordinator(() -> this.persons.register(new NewPerson("Oscar", null, lastName, null, "en",
				null, Provenance.UNKNOWN_LEGACY, List.of(NewContact.business(oscar)), List.of(), List.of())));

		RealBrowser.signIn(this.browser, base(), this.accounts.of(Role.COORDINATOR));
		this.browser.get(base() + "/admin/sessions/" + session.id() + "?lang=en");
		RealBrowser.click(this.browser, By.cssSelector("#add-participant summary"));
		this.browser.findElement(By.id("person-search")).sendKeys(lastName);
		RealBrowser.click(this.browser, By.id("person-" + picked.id().value()));
		RealBrowser.lookAt(this.browser, "session-add-participant");
		RealBrowser.click(this.browser, By.cssSelector("#add button[type=submit]"));
		RealBrowser.awaitText(this.browser, By.id("added"), "Oscar " + lastName + " is registered");
		assertThat(this.browser.findElement(By.id("registrations")).getText()).contains("Oscar " + lastName);
		assertThat(Mailbox.await(smtp, oscar, "Registration confirmed")).hasSize(1);

		RealBrowser.click(this.browser, By.id("mail"));
		RealBrowser.await(this.browser, By.id("subject")).get(0).sendKeys("Entrance");
		this.browser.findElement(By.id("message")).sendKeys("Please use the side door on the car park.");
		RealBrowser.click(this.browser, By.cssSelector("#write button[type=submit]"));
		RealBrowser.awaitText(this.browser, By.id("reach"), "2 participants will be e-mailed.");
		assertThat(Mailbox.to(smtp, nora, session.course().title() + ":")).as("nothing sent before the confirmation")
			.isEmpty();
		RealBrowser.lookAt(this.browser, "session-mail-confirmation");
		RealBrowser.click(this.browser, By.id("send"));
		RealBrowser.awaitText(this.browser, By.id("mailed"), "2 participants were e-mailed.");

		String title = session.course().title();
		assertThat(Mailbox.decoded(GreenMailUtil.getBody(Mailbox.await(smtp, oscar, title + ": Entrance").get(0))))
			.contains("Hello Oscar,", "Please use the side door on the car park.");
		assertThat(Mailbox.decoded(GreenMailUtil.getBody(Mailbox.await(smtp, nora, title + ": Entrance").get(0))))
			.contains("Beste Nora,", "Please use the side door on the car park.");
	}

	private String email(String name) {
		return name.toLowerCase(Locale.ROOT) + "+" + this.tag + "@example.org";
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
