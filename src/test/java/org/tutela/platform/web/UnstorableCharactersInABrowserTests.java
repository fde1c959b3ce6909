package org.tutela.platform.web;

import java.io.IOException;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.testing.Browser;
import org.tutela.testing.RealBrowser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A character that cannot be stored, pasted into a form from another program, is shown
 * beside its field before the form leaves the page, with everything typed kept; a form
 * that arrives with one all the same gets the error page, which names the field by its
 * label.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class UnstorableCharactersInABrowserTests {

	@LocalServerPort
	int port;

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
	void aPastedControlCharacterIsShownBesideItsFieldAndNothingTypedIsLost() throws IOException {
		long requests = requests();
		this.browser = RealBrowser.start();
		this.browser.manage().window().setSize(new Dimension(390, 1100));
		this.browser.get(base() + "/requests?lang=en");
		this.browser.findElement(By.id("email")).sendKeys("an.peeters@example.org");
		this.browser.findElement(By.id("details")).sendKeys("About my registrations.");
		this.browser.executeScript("arguments[0].value = arguments[1]", this.browser.findElement(By.id("name")),
				"An\u000BPeeters");
		RealBrowser.click(this.browser, By.cssSelector("#request-form button[type=submit]"));

		assertThat(RealBrowser.awaitText(this.browser, By.id("name-error"), "invisible character"))
			.contains("This field holds an invisible character that cannot be stored");
		assertThat(this.browser.findElement(By.id("name")).getAttribute("aria-invalid")).isEqualTo("true");
		assertThat(this.browser.findElement(By.id("email")).getAttribute("value")).isEqualTo("an.peeters@example.org");
		assertThat(this.browser.getCurrentUrl()).endsWith("/requests?lang=en");
		RealBrowser.lookAt(this.browser, "unstorable-character");
		assertThat(requests()).isEqualTo(requests);
	}

	@Test
	void aFormThatArrivesWithOneGetsAnErrorPageNamingTheField() {
		Browser visitor = new Browser(this.port).accepting("text/html");
		visitor.get("/requests?lang=en");
		HttpResponse<String> refused = visitor.post("/requests", "right", "ACCESS", "name", "An\u000BPeeters", "email",
				"an.peeters@example.org", "details", "");
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Name: This value holds characters that cannot be typed");
	}

	private long requests() {
		return this.jdbc.sql("SELECT COUNT(*) FROM requests_request").query(Long.class).single();
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
