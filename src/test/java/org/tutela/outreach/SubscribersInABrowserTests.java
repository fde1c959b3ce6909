package org.tutela.outreach;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.consent.ChoiceKind;
import org.tutela.consent.ConsentLedger;
import org.tutela.consent.Wording;
import org.tutela.identity.Role;
import org.tutela.people.MailAddresses;
import org.tutela.people.NewContact;
import org.tutela.people.NewPerson;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.personaldata.PersonId;
import org.tutela.testing.HttpTest;
import org.tutela.testing.PaperConsent;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium, as marketing staff: a consent list's subscribers with the proof
 * each rests on, and a person added only once staff say where their signed form is kept
 * (SKI-6), on a phone's width and a desktop's.
 */
@HttpTest
class SubscribersInABrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	MailingLists lists;

	@Autowired
	Subscribers subscribers;

	@Autowired
	ConsentLedger ledger;

	@Autowired
	Persons persons;

	@Autowired
	MailAddresses addresses;

	@Autowired
	TestAccounts accounts;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	private ChromeDriver browser;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
		SecurityContextHolder.clearContext();
	}

	@Test
	void marketingSeesWhoIsOnAConsentListAndAddsSomeoneOnlyWithTheirSignedForm_SKI6() throws IOException {
		this.browser = RealBrowser.start();
		MailingList list = Staff.as(() -> this.lists.create(
				new NewMailingList("news-" + this.tag, "Course news " + this.tag, "marketing", ListCategory.MARKETING)),
				"outreach.manage");
		Wording wording = Staff.as(() -> this.ledger.publish("marketing", "en", "Yes, send me news about courses."),
				"outreach.manage");
		PersonId ann = person("Ann", "ann+" + this.tag + "@example.org");
		Staff.as(() -> {
			this.subscribers.add(list.code(), ann, PaperConsent.signed(this.ledger, "marketing"));
			return null;
		}, "outreach.manage");
		String bart = "bart+" + this.tag + "@example.org";
		person("Bart", bart);

		RealBrowser.signIn(this.browser, base(), this.accounts.of(Role.MARKETING));
		this.browser.get(base() + "/admin/outreach?lang=en");
		RealBrowser.click(this.browser, By.linkText(list.name()));
		String table = RealBrowser.await(this.browser, By.id("subscribers")).get(0).getText();
		assertThat(table).contains("Ann Test", "On the list", "Consent given", "on a signed paper form",
				"Proof: signed form in the test folder");

		this.browser.findElement(By.id("email")).sendKeys(bart);
		RealBrowser.click(this.browser, By.cssSelector("#add-subscriber button[type=submit]"));
		String refused = RealBrowser.awaitText(this.browser, By.cssSelector("#add-subscriber"),
				"Say where the proof is kept");
		assertThat(refused).contains("Say where the proof is kept", "must name the published wording");
		assertThat(this.ledger.latest(this.addresses.personWith(bart).orElseThrow(), "marketing")).isEmpty();
		RealBrowser.lookAt(this.browser, "subscribers-refused");

		new Select(this.browser.findElement(By.id("wording"))).selectByValue(wording.id().toString());
		this.browser.findElement(By.id("reference")).sendKeys("Sign-up sheet, open day of 14 November, folder 3");
		RealBrowser.click(this.browser, By.cssSelector("#add-subscriber button[type=submit]"));

		assertThat(RealBrowser.await(this.browser, By.id("added")).get(0).getText())
			.isEqualTo("Bart Test is on the list.");
		assertThat(this.browser.findElement(By.id("subscribers")).getText()).contains("Bart Test",
				"Proof: Sign-up sheet, open day of 14 November, folder 3");
		assertThat(this.ledger.latest(this.addresses.personWith(bart).orElseThrow(), "marketing").orElseThrow().kind())
			.isEqualTo(ChoiceKind.GIVEN);
		assertThat(this.browser.findElement(By.tagName("main")).getText()).doesNotContain(ann.toString(), "PAPER",
				"ON_THE_LIST", "GIVEN", "T0");
		RealBrowser.lookAt(this.browser, "subscribers");
	}

	@Test
	void theKeepInformedLinkAsksBeforeItConfirmsAndSaysSoWhenItIsUnknown_MEZ2() throws IOException {
		this.browser = RealBrowser.start();
		this.browser.get(base() + "/registrations/keep-informed/unknown-" + this.tag + "?lang=nl");

		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Hou me op de hoogte",
				"Nieuwsbrieven en nieuws over nieuwe opleidingen");
		RealBrowser.lookAt(this.browser, "keep-informed");
		RealBrowser.click(this.browser, By.cssSelector("main form button[type=submit]"));
		assertThat(RealBrowser.await(this.browser, By.id("outcome")).get(0).getText()).contains("onbekend");
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

	private PersonId person(String firstName, String email) {
		return Staff.as(() -> this.persons
			.register(new NewPerson(firstName, null, "Test", null, "en", null, Provenance.WEB_FORM,
					List.of(NewContact.business(email)), List.of(), List.of()))
			.id(), "people.manage", "backoffice");
	}

}
