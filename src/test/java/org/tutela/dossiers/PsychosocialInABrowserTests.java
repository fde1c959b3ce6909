package org.tutela.dossiers;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.identity.Role;
import org.tutela.testing.PageTour;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.Smtp;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The psychosocial pages in Chromium: the adviser reaches the list of cases, the form to
 * register a request and a case from the dashboard, and every page fits a phone and a
 * desktop, passes axe-core and speaks to staff in words; a coordinator has no way there.
 * Then an adviser on a phone registers a request, writes a note and closes the case.
 */
@PreventionServiceTest
class PsychosocialInABrowserTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	PsychosocialFixtures cases;

	@Autowired
	TestAccounts accounts;

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
	void theAdviserReachesTheirPagesAndEachPageFitsPassesAxeAndSpeaksInWords() throws IOException {
		// The shared accounts, whose names hold no id to trip the check for ids.
		TestAccount adviser = this.accounts.of(Role.PSYCHOSOCIAL_ADVISER);
		this.cases.submitted(LocalDate.now().minusDays(3), adviser.id());
		this.cases.closed(this.cases.submitted(LocalDate.now().minusDays(30), adviser.id()));
		this.cases.changed("Client NV", adviser.id());

		assertThat(tour(adviser)).contains("/admin/psychosocial", "/admin/psychosocial/new", "/admin/psychosocial/{id}",
				"/admin/psychosocial/changes", "/admin/psychosocial/changes/{id}");
		assertThat(tour(this.accounts.of(Role.COORDINATOR))).doesNotContain("/admin/psychosocial");
	}

	@Test
	void anAdviserOnAPhoneRegistersARequestWritesANoteAndClosesTheCase_MEN18() throws IOException {
		TestAccount adviser = this.accounts.fresh(Role.PSYCHOSOCIAL_ADVISER);
		this.browser = RealBrowser.start();
		this.browser.manage().window().setSize(new Dimension(390, 1100));
		RealBrowser.signIn(this.browser, base(), adviser);
		this.browser.get(base() + "/admin/psychosocial?lang=en");
		RealBrowser.click(this.browser, By.linkText("Register a request"));
		RealBrowser.await(this.browser, By.id("request-form"));
		type("firstName", "Sara");
		type("lastName", "Slachtoffer");
		type("employerName", "Client NV");
		type("submittedOn", LocalDate.now().minusDays(1).toString());
		new Select(this.browser.findElement(By.id("language"))).selectByValue("nl");
		new Select(this.browser.findElement(By.id("requestKind"))).selectByValue("INDIVIDUAL");
		this.browser.findElement(By.id("facts")).sendKeys(PsychosocialFixtures.FACTS);
		RealBrowser.lookAt(this.browser, "psychosocial-new");
		RealBrowser.click(this.browser, By.cssSelector("#request-form button[type=submit]"));

		RealBrowser.awaitAddress(this.browser, "/admin/psychosocial/[0-9a-f-]+\\?registered");
		this.browser.findElement(By.id("note")).sendKeys(PsychosocialFixtures.NOTE);
		RealBrowser.click(this.browser, By.cssSelector("#note-form button[type=submit]"));
		RealBrowser.await(this.browser, By.id("note-list"));
		type("outcome", "Mediation agreed");
		RealBrowser.click(this.browser, By.cssSelector("#closing-form button[type=submit]"));
		RealBrowser.await(this.browser, By.id("outcome"));
		RealBrowser.lookAt(this.browser, "psychosocial-closed");

		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Sara Slachtoffer",
				PsychosocialFixtures.FACTS, PsychosocialFixtures.NOTE, "Mediation agreed");
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM dossiers_psychosocial_case WHERE adviser_id = :adviser AND status = 'CLOSED'""")
			.param("adviser", adviser.id().value())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anAdviserOnAPhoneRecordsAClientsChangeTellsThePersonsConcernedAndIsToldWhatThePackageLacks_MEN20()
			throws IOException {
		TestAccount adviser = this.accounts.fresh(Role.PSYCHOSOCIAL_ADVISER);
		String client = "Moving Client " + System.nanoTime();
		this.cases.submitted(LocalDate.now().minusDays(10), adviser.id(), client);
		this.cases.closed(this.cases.submitted(LocalDate.now().minusDays(300), adviser.id(), client));
		this.browser = RealBrowser.start();
		this.browser.manage().window().setSize(new Dimension(390, 1100));
		RealBrowser.signIn(this.browser, base(), adviser);
		this.browser.get(base() + "/admin/psychosocial?lang=en");
		RealBrowser.click(this.browser, By.linkText("A client changes prevention service"));
		RealBrowser.await(this.browser, By.id("change-form"));
		new Select(this.browser.findElement(By.id("employer"))).selectByVisibleText(client);
		type("newService", "Next Prevention VZW");
		type("newAdviser", "Nele Claes");
		type("newAdviserAddress", "n.claes@next.example.org");
		RealBrowser.click(this.browser, By.cssSelector("#change-form button[type=submit]"));
		RealBrowser.await(this.browser, By.id("changedOn-error"));
		RealBrowser.lookAt(this.browser, "psychosocial-change-errors");
		type("changedOn", LocalDate.now().toString());
		RealBrowser.click(this.browser, By.cssSelector("#change-form button[type=submit]"));

		RealBrowser.awaitAddress(this.browser, "/admin/psychosocial/changes/[0-9a-f-]+\\?recorded");
		RealBrowser.click(this.browser, By.cssSelector("#open-cases button[type=submit]"));
		RealBrowser.await(this.browser, By.id("open-cases"));
		RealBrowser.lookAt(this.browser, "psychosocial-change");
		type("passphrase", "too short");
		RealBrowser.click(this.browser, By.cssSelector("#package-form button[type=submit]"));
		RealBrowser.await(this.browser, By.id("passphrase-error"));
		this.browser.executeScript("arguments[0].scrollIntoView()", this.browser.findElement(By.id("closed-cases")));
		RealBrowser.lookAt(this.browser, "psychosocial-package-errors");

		assertThat(this.browser.findElement(By.id("open-cases")).getText()).contains("were told on");
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM dossiers_psychosocial_case
				WHERE adviser_id = :adviser AND informed_on IS NOT NULL AND handed_over_in IS NULL""")
			.param("adviser", adviser.id().value())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private Set<String> tour(TestAccount account) throws IOException {
		return PageTour.reachedBy(account, base(), this.jdbc, "/admin", "/admin/psychosocial");
	}

	/** Sets a field's value as typing or a date picker would. */
	private void type(String field, String value) {
		this.browser.executeScript("arguments[0].value = arguments[1]", this.browser.findElement(By.id(field)), value);
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
