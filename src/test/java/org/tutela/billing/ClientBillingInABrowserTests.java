package org.tutela.billing;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.identity.Role;
import org.tutela.people.MembershipStatus;
import org.tutela.people.NewOrganisation;
import org.tutela.people.Organisations;
import org.tutela.personaldata.PersonId;
import org.tutela.people.Provenance;
import org.tutela.people.NewContact;
import org.tutela.people.NewPerson;
import org.tutela.people.Persons;
import org.tutela.testing.HttpTest;
import org.tutela.testing.PageTour;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium, finance follows the link on a client's page to its billing
 * details, gives a Peppol id that fails its register's check and a VAT number of no
 * member state, reads both broken rules beside their fields with what was typed kept,
 * then saves the details set right; a private payer's address is set the same way from
 * their person page. The pages fit a phone and a desktop, pass axe-core and speak to
 * staff in words.
 */
@HttpTest
class ClientBillingInABrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	Parties parties;

	@Autowired
	Persons persons;

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
	void financeSetsAClientsPeppolIdAndVatNumberRightAfterTheFormNamedWhatWasWrong() throws IOException {
		UUID client = Staff
			.coordinator(() -> this.organisations
				.add(new NewOrganisation("Bouwwerken Peeters NV", BillingFixtures.enterpriseNumber(), null, null, null,
						null, MembershipStatus.NONE, null, null, null, null)))
			.id();
		this.browser = RealBrowser.start();
		RealBrowser.signIn(this.browser, base(), this.accounts.of(Role.FINANCE));
		this.browser.get(base() + "/admin/organisations/" + client + "?lang=en");
		RealBrowser.click(this.browser, By.id("billing"));
		RealBrowser.await(this.browser, By.id("client-billing"));
		new Select(this.browser.findElement(By.id("peppolScheme"))).selectByValue("0208");
		type("peppolId", "0403.019.262");
		type("vatNumber", "XX 123");
		type("buyerReference", "Project Noord");
		RealBrowser.click(this.browser, By.cssSelector("#client-billing button[type=submit]"));

		WebElement peppolId = RealBrowser.await(this.browser, By.cssSelector("#peppolId[aria-invalid=true]")).get(0);
		assertThat(this.browser.findElement(By.id("peppolId-error")).getText())
			.isEqualTo("The check digits of this enterprise number do not match; it was probably mistyped.");
		assertThat(this.browser.findElement(By.id("vatNumber-error")).getText()).isEqualTo(
				"A VAT number starts with the prefix of a member state of the European Union, such as BE, NL or FR.");
		assertThat(peppolId.getAttribute("value")).isEqualTo("0403.019.262");
		assertThat(this.browser.findElement(By.id("buyerReference")).getAttribute("value")).isEqualTo("Project Noord");
		RealBrowser.lookAt(this.browser, "client-billing-refused");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM billing_party WHERE organisation_id = :client")
			.param("client", client)
			.query(Integer.class)
			.single()).as("nothing kept").isZero();

		type("peppolId", "0403.019.261");
		type("vatNumber", "");
		RealBrowser.click(this.browser, By.cssSelector("#client-billing button[type=submit]"));
		RealBrowser.await(this.browser, By.id("saved"));
		BillingDetails kept = BillingFixtures.finance(() -> this.parties.of(client));
		assertThat(kept.peppolScheme()).isEqualTo("0208");
		assertThat(kept.peppolId()).isEqualTo("0403019261");
		assertThat(kept.vatNumber()).isNull();
		assertThat(kept.buyerReference()).isEqualTo("Project Noord");

		assertThat(PageTour.reachedBy(this.accounts.of(Role.FINANCE), base(), this.jdbc,
				"/admin/organisations/" + client, "/admin/organisations/"))
			.contains("/admin/organisations/{id}", "/admin/organisations/{id}/billing");
	}

	@Test
	void financeSetsAPrivatePayersAddressAfterTheFormNamedWhatWasWrong() throws IOException {
		PersonId payer = Staff
			.coordinator(() -> this.persons.register(new NewPerson("Lotte", null, "Lambrechts", null, "nl", null,
					Provenance.WEB_FORM, List.of(NewContact.business("lotte+" + UUID.randomUUID() + "@example.org")),
					List.of(), List.of())))
			.id();
		this.browser = RealBrowser.start();
		RealBrowser.signIn(this.browser, base(), this.accounts.of(Role.FINANCE));
		this.browser.get(base() + "/admin/people/" + payer.value() + "?lang=en");
		RealBrowser.click(this.browser, By.id("billing"));
		RealBrowser.await(this.browser, By.id("private-billing"));
		assertThat(this.browser.findElement(By.id("country")).getAttribute("value")).as("the organiser's country")
			.isEqualTo("BE");
		type("street", "Veldstraat 12");
		type("postcode", "9000");
		type("city", "Gent");
		type("country", "Belgium");
		type("email", "not an address");
		RealBrowser.click(this.browser, By.cssSelector("#private-billing button[type=submit]"));

		RealBrowser.await(this.browser, By.cssSelector("#country[aria-invalid=true]"));
		assertThat(this.browser.findElement(By.id("country-error")).getText()).isNotBlank();
		assertThat(this.browser.findElement(By.id("email-error")).getText()).isNotBlank();
		assertThat(this.browser.findElement(By.id("street")).getAttribute("value")).isEqualTo("Veldstraat 12");
		RealBrowser.lookAt(this.browser, "private-billing-refused");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM billing_private_party WHERE person_id = :person")
			.param("person", payer.value())
			.query(Integer.class)
			.single()).as("nothing kept").isZero();

		type("country", "be");
		type("email", "");
		RealBrowser.click(this.browser, By.cssSelector("#private-billing button[type=submit]"));
		RealBrowser.await(this.browser, By.id("saved"));
		PrivateBillingDetails kept = BillingFixtures.finance(() -> this.parties.of(payer));
		assertThat(kept).isEqualTo(new PrivateBillingDetails("Veldstraat 12", "9000", "Gent", "BE", null));
		RealBrowser.lookAt(this.browser, "private-billing-saved");
	}

	private void type(String field, String value) {
		WebElement input = this.browser.findElement(By.id(field));
		input.clear();
		input.sendKeys(value);
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
