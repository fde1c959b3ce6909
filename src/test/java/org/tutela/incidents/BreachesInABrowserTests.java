package org.tutela.incidents;

import java.io.IOException;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.identity.Role;
import org.tutela.people.MembershipStatus;
import org.tutela.people.NewContact;
import org.tutela.people.NewPerson;
import org.tutela.people.NewOrganisation;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.personaldata.PersonId;
import org.tutela.testing.Mailbox;
import org.tutela.testing.PageTour;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The breach register in Chromium under the prevention-service pack: the data protection
 * officer reaches the register, a breach and its forms from the menu and the dashboard,
 * every page fits a phone and a desktop, passes axe-core and speaks in words; a
 * coordinator has no way there. Then the officer on a phone records a breach, is told
 * beside the field that a discovery cannot lie in the future, and records the initial
 * notification.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tutela.policy.pack=prevention-service")
class BreachesInABrowserTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	Breaches breaches;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Organisations organisations;

	@Autowired
	BreachNotices notices;

	@Autowired
	Persons persons;

	private ChromeDriver browser;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theOfficerReachesTheRegisterAndEachPageFitsPassesAxeAndSpeaksInWords() throws IOException {
		String discovered = LocalDateTime.now().minusHours(30).truncatedTo(ChronoUnit.MINUTES).toString();
		Breach breach = BreachRegisterTests
			.dpo(() -> this.breaches.record(BreachRegisterTests.form(discovered, "HIGH")));
		BreachRegisterTests.dpo(() -> this.breaches.submitted(breach.id(), "INITIAL",
				LocalDateTime.now().minusHours(2).truncatedTo(ChronoUnit.MINUTES).toString(), null));

		assertThat(tour(this.accounts.of(Role.DPO))).contains("/admin/breaches", "/admin/breaches/new",
				"/admin/breaches/{id}", "/admin/breaches/{id}/edit");
		assertThat(tour(this.accounts.of(Role.COORDINATOR))).doesNotContain("/admin/breaches");
	}

	@Test
	void theOfficerOnAPhoneRecordsABreachIsToldOfAFutureDiscoveryAndRecordsTheNotification_MEN23() throws IOException {
		TestAccount dpo = this.accounts.fresh(Role.DPO);
		this.browser = RealBrowser.start();
		this.browser.manage().window().setSize(new Dimension(390, 1100));
		RealBrowser.signIn(this.browser, base(), dpo);
		this.browser.get(base() + "/admin/breaches?lang=en");
		RealBrowser.click(this.browser, By.linkText("Record a breach"));
		RealBrowser.await(this.browser, By.id("breach-form"));
		String title = "Mail to the wrong client " + System.nanoTime();
		this.browser.findElement(By.id("title")).sendKeys(title);
		this.browser.findElement(By.id("whatHappened")).sendKeys("A list of examinations went to another client.");
		type("discoveredAt", LocalDateTime.now().plusDays(1).truncatedTo(ChronoUnit.MINUTES).toString());
		this.browser.findElement(By.id("dataCategories")).sendKeys("Names and examination dates");
		this.browser.findElement(By.id("personCategories")).sendKeys("Workers of one client");
		this.browser.findElement(By.id("persons")).sendKeys("35");
		RealBrowser.click(this.browser, By.id("risk-RISK"));
		this.browser.findElement(By.id("reasoning")).sendKeys("Health-related appointments known to another firm.");
		RealBrowser.click(this.browser, By.cssSelector("#breach-form button[type=submit]"));

		assertThat(RealBrowser.awaitText(this.browser, By.id("discoveredAt-error"), "This moment is in the future."))
			.isEqualTo("This moment is in the future.");
		RealBrowser.lookAt(this.browser, "breach-refused");
		type("discoveredAt", LocalDateTime.now().minusHours(3).truncatedTo(ChronoUnit.MINUTES).toString());
		RealBrowser.click(this.browser, By.cssSelector("#breach-form button[type=submit]"));
		RealBrowser.awaitAddress(this.browser, "/admin/breaches/[0-9a-f-]+\\?recorded");
		RealBrowser.lookAt(this.browser, "breach-recorded");

		this.browser.findElement(By.id("authorityReference")).sendKeys("DBN-2026-0042");
		RealBrowser.click(this.browser, By.cssSelector("#submission-form button[type=submit]"));
		RealBrowser.await(this.browser, By.id("submission-list"));
		assertThat(this.browser.findElement(By.id("submission-list")).getText()).contains("Initial notification",
				"DBN-2026-0042");
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM incidents_breach_submission s JOIN incidents_breach b ON b.id = s.breach_id
				WHERE b.title = :title AND s.phase = 'INITIAL'""").param("title", title).query(Integer.class).single())
			.isEqualTo(1);

		// The client organisation concerned is listed and its telling recorded.
		String name = "Breach Client " + System.nanoTime();
		Organisation client = Staff.as(() -> this.organisations.add(
				new NewOrganisation(name, null, null, null, null, null, MembershipStatus.NONE, null, null, null, null)),
				"people.manage");
		this.browser.findElement(By.id("organisation-search")).sendKeys(name);
		RealBrowser.click(this.browser, By.id("organisation-" + client.id()));
		RealBrowser.click(this.browser, By.cssSelector("#client-form button[type=submit]"));
		RealBrowser.await(this.browser, By.id("client-list"));
		RealBrowser.click(this.browser, By.cssSelector("#client-list button[type=submit]"));
		assertThat(RealBrowser.awaitText(this.browser, By.id("client-list"), "told")).contains(name, "told");
		RealBrowser.lookAt(this.browser, "breach-clients");
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM incidents_breach_client c JOIN incidents_breach b ON b.id = c.breach_id
				WHERE b.title = :title AND c.told_at IS NOT NULL""")
			.param("title", title)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theOfficerSeesWhoIsToBeToldSavesTheNoticeAndTellsThem_MEZ7() throws Exception {
		TestAccount dpo = this.accounts.of(Role.DPO);
		String discovered = LocalDateTime.now().minusHours(5).truncatedTo(ChronoUnit.MINUTES).toString();
		Breach breach = BreachRegisterTests
			.dpo(() -> this.breaches.record(BreachRegisterTests.form(discovered, "HIGH")));
		String email = "told+" + System.nanoTime() + "@example.be";
		for (String address : new String[] { email, null }) {
			PersonId person = Staff
				.coordinator(() -> this.persons
					.register(new NewPerson("Tine", null, "Getroffen", null, "nl", null, Provenance.WEB_FORM,
							address == null ? List.of() : List.of(NewContact.business(address)), List.of(), List.of())))
				.id();
			BreachRegisterTests.dpo(() -> this.notices.select(breach.id(),
					new AffectedPersons(AffectedPersons.Kind.PERSON, person.value().toString())));
		}
		String page = "/admin/breaches/" + breach.id();

		this.browser = RealBrowser.start();
		RealBrowser.signIn(this.browser, base(), dpo);
		PageTour tour = new PageTour(this.browser, base(), this.jdbc);
		tour.visit(dpo.username(), page, page);
		assertThat(tour.faults()).isEmpty();

		this.browser.manage().window().setSize(new Dimension(390, 1100));
		this.browser.get(base() + page + "?lang=en#persons");
		assertThat(this.browser.findElement(By.id("without-address")).getText()).isEqualTo("1");
		assertThat(this.browser.findElement(By.id("public-communication")).getText()).contains("public communication",
				"Art. 34(3)(c)");
		assertThat(this.browser.findElement(By.id("notice-nl")).getText()).contains("Dutch", "not saved yet");
		assertThat(this.browser.findElement(By.cssSelector("#send-form button")).isEnabled()).isFalse();
		assertThat(this.browser.findElement(By.id("body-nl")).getAttribute("value")).contains("Wat er gebeurde:",
				"A laptop with the planning of examinations was stolen.");
		this.browser.executeScript("arguments[0].scrollIntoView()", this.browser.findElement(By.id("persons")));
		RealBrowser.lookAt(this.browser, "breach-persons");
		RealBrowser.click(this.browser, By.cssSelector("#notice-nl button[type=submit]"));
		RealBrowser.awaitAddress(this.browser, "\\?written#notice-nl");
		RealBrowser.click(this.browser, By.cssSelector("#send-form button[type=submit]"));
		RealBrowser.awaitAddress(this.browser, "\\?queued=1#persons");
		Mailbox.await(smtp, email, "Een inbreuk op uw persoonsgegevens (" + breach.reference() + ")");
		this.browser.navigate().refresh();
		assertThat(this.browser.findElement(By.id("told")).getText()).isEqualTo("1");
		this.browser.executeScript("arguments[0].scrollIntoView()", this.browser.findElement(By.id("persons")));
		RealBrowser.lookAt(this.browser, "breach-persons-told");
	}

	private Set<String> tour(TestAccount account) throws IOException {
		return PageTour.reachedBy(account, base(), this.jdbc, "/admin", "/admin/breaches");
	}

	/** Sets a field's value as typing or a date picker would. */
	private void type(String field, String value) {
		this.browser.executeScript("arguments[0].value = arguments[1]", this.browser.findElement(By.id(field)), value);
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
