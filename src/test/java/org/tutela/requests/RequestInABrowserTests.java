package org.tutela.requests;

import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.tutela.testing.Mailbox;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.Smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.requests.RequestFixtures.dpo;
import static org.tutela.requests.RequestFixtures.link;

/**
 * A visitor finds their rights from any page's footer, asks in Dutch for the data held
 * about them, proves the address by the link in the e-mail, and reads the overview the
 * DPO sends. Buttons are found by their form: the language switch is a form too.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(RequestFixtures.class)
@DirtiesContext
class RequestInABrowserTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	RequestFixtures fixtures;

	@Autowired
	DpoDesk desk;

	@Autowired
	RequestAnswers answers;

	private ChromeDriver browser;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void close() {
		SecurityContextHolder.clearContext();
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aVisitorAsksForTheirDataConfirmsByMailAndReadsTheOverview_MEZ10_VCK9() throws Exception {
		this.browser = RealBrowser.start();
		String email = "lies+" + this.tag + "@example.be";
		this.fixtures.person("Lies", "Mertens", email);
		this.browser.get("http://127.0.0.1:" + this.port + "/courses?lang=nl");

		RealBrowser.click(this.browser, By.cssSelector("footer a[href='/requests']"));
		RealBrowser.awaitAddress(this.browser, "/requests");
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Uw privacyrechten");
		assertThat(this.browser.findElement(By.tagName("aside")).getText()).contains("binnen 30 dagen")
			.contains("Gegevensbeschermingsautoriteit");
		new Select(this.browser.findElement(By.id("right"))).selectByValue("ACCESS");
		this.browser.findElement(By.id("name")).sendKeys("Lies Mertens");
		this.browser.findElement(By.id("email")).sendKeys(email);
		this.browser.findElement(By.cssSelector("#request-form button[type=submit]")).click();
		assertThat(RealBrowser.await(this.browser, By.id("outcome")).get(0).getText()).contains("e-mail met een link");

		String challenge = link(Mailbox.await(smtp, email, "Bevestig uw verzoek"), "/requests/confirm/");
		this.browser.get("http://127.0.0.1:" + this.port + "/requests/confirm/" + challenge);
		this.browser.findElement(By.cssSelector("#confirm button[type=submit]")).click();
		assertThat(RealBrowser.await(this.browser, By.id("outcome")).get(0).getText())
			.contains("uw verzoek is bevestigd");

		DataRequest request = dpo(() -> this.desk.open()).stream()
			.filter(open -> email.equals(open.requesterEmail()))
			.findFirst()
			.orElseThrow();
		dpo(() -> this.answers.answerAccess(request.id(), null));
		// The answer is written in the language held for her, English; the site stays in
		// her choice.
		String token = link(Mailbox.await(smtp, email, "The overview of your data"), "/requests/download/");
		this.browser.get("http://127.0.0.1:" + this.port + "/requests/download/" + token);
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Uw gegevens");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Mertens").contains(email);
		assertThat(this.browser.findElement(By.linkText("Downloaden als PDF")).getAttribute("href"))
			.endsWith("/requests/download/" + token + ".pdf");
	}

}
