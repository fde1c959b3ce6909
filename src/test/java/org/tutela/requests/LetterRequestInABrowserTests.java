package org.tutela.requests;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.identity.Role;
import org.tutela.people.NewContact;
import org.tutela.people.NewPerson;
import org.tutela.people.Person;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.testing.HttpTest;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium, the DPO records a request that came by letter and names the
 * person it is about by typing part of the name and choosing them among those found,
 * never by an id.
 */
@HttpTest
class LetterRequestInABrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Persons persons;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	private final String family = "Vermeulen" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");

	private ChromeDriver browser;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theDpoRecordsALetterRequestAndPicksThePersonByName() throws IOException {
		this.browser = RealBrowser.start();
		Person lieve = register("Lieve");
		register("Luc");

		RealBrowser.signIn(this.browser, base(), this.accounts.of(Role.DPO));
		this.browser.get(base() + "/admin/requests?lang=en");
		new Select(this.browser.findElement(By.id("channel"))).selectByVisibleText("Letter");
		new Select(this.browser.findElement(By.id("right"))).selectByVisibleText("Access (Art. 15)");
		this.browser.findElement(By.id("name")).sendKeys("Lieve " + this.family);
		this.browser.findElement(By.id("person-search")).sendKeys(this.family);

		List<WebElement> found = RealBrowser.await(this.browser, By.cssSelector("#person-choices label"));
		assertThat(found).extracting(WebElement::getText)
			.anySatisfy(label -> assertThat(label).startsWith("Lieve " + this.family))
			.anySatisfy(label -> assertThat(label).startsWith("Luc " + this.family))
			.anySatisfy(label -> assertThat(label).isEqualTo("None of them"));
		RealBrowser.lookAt(this.browser, "request-desk-person-picker");
		RealBrowser.click(this.browser, By.id("person-" + lieve.id()));
		WebElement answered = this.browser.findElement(By.cssSelector("#person-choices fieldset"));
		this.browser.executeScript("arguments[0].dispatchEvent(new Event('search'))",
				this.browser.findElement(By.id("person-search")));
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(answered));
		assertThat(RealBrowser.await(this.browser, By.id("person-" + lieve.id())).get(0).isSelected())
			.as("the choice made stays made when the choices are answered again")
			.isTrue();
		RealBrowser.click(this.browser, By.cssSelector("#intake button[type=submit]"));

		RealBrowser.await(this.browser, By.id("status"));
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Letter", "Lieve " + this.family);
		String address = this.browser.getCurrentUrl();
		UUID request = UUID.fromString(address.substring(address.lastIndexOf('/') + 1).replaceAll("[?#].*", ""));
		UUID linked = this.jdbc.sql("SELECT person_id FROM requests_request WHERE id = ?")
			.param(request)
			.query(UUID.class)
			.single();
		assertThat(linked).isEqualTo(lieve.id().value());
	}

	private Person register(String firstName) {
		return Staff.coordinator(() -> this.persons.register(new NewPerson(firstName, null, this.family, null, "nl",
				null, Provenance.EMPLOYER,
				List.of(NewContact.business(firstName.toLowerCase() + "." + this.family.toLowerCase() + "@example.be")),
				List.of(), List.of())));
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
