package org.tutela.dossiers;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

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
import org.tutela.dossiers.surveillance.HealthFile;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.testing.PageTour;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.Smtp;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health-surveillance pages in Chromium: the physician and the head physician reach
 * theirs from the dashboard, and every page fits a phone and a desktop, passes axe-core
 * and speaks to staff in words; then a physician on a phone records an examination with
 * its health assessment.
 */
@PreventionServiceTest
class HealthSurveillanceInABrowserTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	HealthFileFixtures health;

	@Autowired
	TrainingFixtures training;

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
	void eachPhysicianReachesTheirPagesAndEachPageFitsPassesAxeAndSpeaksInWords() throws IOException {
		// The shared accounts, whose names hold no id to trip the check for ids.
		TestAccount head = this.accounts.of(Role.HEAD_PHYSICIAN);
		TestAccount physician = this.accounts.of(Role.PHYSICIAN);
		UUID department = this.health.department(head.id(), physician.id());
		this.health.file(department, physician.id(), this.training.client("hr+" + System.nanoTime() + "@example.org"));

		assertThat(tour(physician)).contains("/admin/health-files", "/admin/health-files/{id}",
				"/admin/health-files/new", "/admin/workstations");
		assertThat(tour(head)).contains("/admin/health-files", "/admin/health-files/{id}", "/admin/workstations",
				"/admin/medical-file-requests", "/admin/file-transfers");
	}

	@Test
	void aPhysicianOnAPhoneRecordsAnExaminationWithItsAssessment_MEN5() throws IOException {
		TestAccount head = this.accounts.fresh(Role.HEAD_PHYSICIAN);
		TestAccount physician = this.accounts.fresh(Role.PHYSICIAN);
		UUID department = this.health.department(head.id(), physician.id());
		HealthFile file = this.health.file(department, physician.id(),
				this.training.client("hr+" + System.nanoTime() + "@example.org"));

		this.browser = RealBrowser.start();
		this.browser.manage().window().setSize(new Dimension(390, 1100));
		RealBrowser.signIn(this.browser, base(), physician);
		this.browser.get(base() + "/admin/health-files?lang=en");
		RealBrowser.click(this.browser, By.linkText(file.reference()));
		RealBrowser.await(this.browser, By.id("examination-form"));
		type("examinedOn", LocalDate.now().toString());
		new Select(this.browser.findElement(By.id("decision"))).selectByValue("UNFIT_FOR_PERIOD");
		type("until", LocalDate.now().plusDays(30).toString());
		type("nextOn", LocalDate.now().plusDays(31).toString());
		this.browser.findElement(By.id("findings")).sendKeys("Typed finding marker");
		RealBrowser.click(this.browser, By.cssSelector("#examination-form button[type=submit]"));
		RealBrowser.awaitAddress(this.browser, "/admin/health-files/[0-9a-f-]+\\?examined");
		RealBrowser.lookAt(this.browser, "health-file-examined");

		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Unfit for a period",
				"Typed finding marker");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM dossiers_health_examination WHERE file_id = :id")
			.param("id", file.id())
			.query(Integer.class)
			.single()).as("the earlier one and this one").isEqualTo(2);
	}

	private Set<String> tour(TestAccount account) throws IOException {
		return PageTour.reachedBy(account, base(), this.jdbc, "/admin", "/admin/health-files", "/admin/workstations",
				"/admin/medical-file-requests", "/admin/file-transfers");
	}

	/** Sets a date field's value as its picker would. */
	private void type(String field, String value) {
		this.browser.executeScript("arguments[0].value = arguments[1]", this.browser.findElement(By.id(field)), value);
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
