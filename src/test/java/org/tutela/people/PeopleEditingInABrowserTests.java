package org.tutela.people;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.identity.Role;
import org.tutela.testing.HttpTest;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium, a coordinator adds an organisation, then a person who works
 * there, choosing the organisation by typing part of its name, and lands on the person's
 * page.
 */
@HttpTest
class PeopleEditingInABrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	private ChromeDriver browser;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aCoordinatorAddsAnOrganisationThenAPersonWorkingThereChosenInThePicker() throws Exception {
		this.browser = RealBrowser.start();
		RealBrowser.signIn(this.browser, base(), this.accounts.of(Role.COORDINATOR));
		String organisation = "Tegelzetters " + this.tag;

		this.browser.get(base() + "/admin/organisations?lang=en");
		RealBrowser.click(this.browser, By.id("new-organisation"));
		RealBrowser.await(this.browser, By.id("organisation-form"));
		this.browser.findElement(By.id("name")).sendKeys(organisation);
		this.browser.findElement(By.id("enterpriseNumber")).sendKeys("0403.019.261");
		this.browser.findElement(By.name("registeredAddress.city")).sendKeys("Brugge");
		new Select(this.browser.findElement(By.name("registeredAddress.country"))).selectByVisibleText("Belgium");
		RealBrowser.click(this.browser, By.cssSelector("#organisation-form button[type=submit]"));
		RealBrowser.awaitText(this.browser, By.id("saved"), "The organisation was added.");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains(organisation, "Brugge, Belgium");

		this.browser.get(base() + "/admin/people");
		RealBrowser.click(this.browser, By.id("new-person"));
		RealBrowser.await(this.browser, By.id("person-form"));
		this.browser.findElement(By.id("firstName")).sendKeys("Fien");
		this.browser.findElement(By.id("lastName")).sendKeys("Desmet " + this.tag);
		new Select(this.browser.findElement(By.id("provenance"))).selectByVisibleText("from the employer");
		String email = "fien." + this.tag.toLowerCase(Locale.ROOT) + "@example.be";
		this.browser.findElement(By.name("emails[0].value")).sendKeys(email);
		this.browser.findElement(By.id("organisation-search")).sendKeys("tegelzetters " + this.tag);
		RealBrowser.click(this.browser, By.xpath("//label[contains(., '" + organisation + "')]"));
		new Select(this.browser.findElement(By.id("role"))).selectByVisibleText("HR contact");
		RealBrowser.lookAt(this.browser, "person-new-with-organisation");
		RealBrowser.click(this.browser, By.cssSelector("#person-form button[type=submit]"));

		RealBrowser.awaitText(this.browser, By.id("saved"), "The person was added.");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Fien Desmet " + this.tag);
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains(email, organisation);
		RealBrowser.lookAt(this.browser, "person-added");
		assertThat(this.jdbc.sql("""
				SELECT c.contact_role FROM people_organisation_contact c
				JOIN people_organisation o ON o.id = c.organisation_id
				JOIN people_person p ON p.id = c.person_id
				WHERE o.name = ? AND p.last_name = ?""")
			.params(organisation, "Desmet " + this.tag)
			.query(String.class)
			.list()).containsExactly("HR");
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
