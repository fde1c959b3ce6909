package org.tutela.dossiers;

import java.io.IOException;
import java.time.Instant;
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
import org.tutela.dossiers.inspection.ControlStore;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.people.Organisation;
import org.tutela.requests.AttendingPhysician;
import org.tutela.testing.PageTour;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.Smtp;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The medical-inspection pages in Chromium: the head physician, the physician and the
 * administrator each reach theirs from the dashboard, and every page fits a phone and a
 * desktop, passes axe-core and speaks to staff in words; then a physician on a phone
 * records the examination and issues the employer's report.
 */
@MedicalInspectionTest
class MedicalInspectionInABrowserTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	ControlFixtures controls;

	@Autowired
	FileRequestFixtures requests;

	@Autowired
	TrainingFixtures training;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ControlStore store;

	private ChromeDriver browser;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void eachMedicalRoleReachesItsPagesAndEachPageFitsPassesAxeAndSpeaksInWords() throws IOException {
		// The shared accounts, whose names hold no id to trip the check for ids.
		TestAccount head = this.accounts.of(Role.HEAD_PHYSICIAN);
		TestAccount physician = this.accounts.of(Role.PHYSICIAN);
		UUID department = this.controls.department(head.id(), physician.id());
		Organisation employer = this.training.client("hr+" + System.nanoTime() + "@example.org");
		this.controls.ordered(employer);
		assign(department, physician, this.controls.ordered(employer));
		this.requests.fileRequested(this.controls.ordered(employer).worker(),
				new AttendingPhysician("Dr Anouk Maes", "Dokterslaan 3, 1000 Brussel"));

		assertThat(tour(head)).contains("/admin/controls", "/admin/controls/{id}", "/admin/medical-file-requests");
		assertThat(tour(physician)).contains("/admin/controls", "/admin/controls/{id}");
		assertThat(tour(this.accounts.of(Role.ADMIN))).contains("/admin/departments").doesNotContain("/admin/controls");
	}

	@Test
	void aPhysicianOnAPhoneRecordsTheExaminationAndIssuesTheReport_CER1() throws IOException {
		TestAccount head = this.accounts.fresh(Role.HEAD_PHYSICIAN);
		TestAccount physician = this.accounts.fresh(Role.PHYSICIAN);
		UUID department = this.controls.department(head.id(), physician.id());
		ControlSummary control = this.controls
			.ordered(this.training.client("hr+" + System.nanoTime() + "@example.org"));
		assign(department, physician, control);

		this.browser = RealBrowser.start();
		this.browser.manage().window().setSize(new Dimension(390, 1100));
		RealBrowser.signIn(this.browser, base(), physician);
		this.browser.get(base() + "/admin/controls?lang=en");
		RealBrowser.click(this.browser, By.linkText(control.reference()));
		RealBrowser.await(this.browser, By.id("findings-form"));
		type("examinedOn", LocalDate.now().toString());
		new Select(this.browser.findElement(By.id("conclusion"))).selectByVisibleText("Incapacity justified");
		type("justifiedUntil", LocalDate.now().plusDays(13).toString());
		this.browser.findElement(By.id("findings")).sendKeys(ControlFixtures.FINDINGS);
		RealBrowser.click(this.browser, By.cssSelector("#findings-form button[type=submit]"));
		RealBrowser.await(this.browser, By.id("report"));
		RealBrowser.lookAt(this.browser, "control-examined");
		RealBrowser.click(this.browser, By.cssSelector("#report button[type=submit]"));

		assertThat(RealBrowser.awaitText(this.browser, By.id("status"), "Report issued")).isEqualTo("Report issued");
		assertThat(this.jdbc.sql("SELECT status FROM dossiers_control WHERE id = :id")
			.param("id", control.id())
			.query(String.class)
			.single()).isEqualTo("REPORTED");
	}

	@Test
	void anHrContactOnAPhoneOrdersAControlAndSeesWhereItStands_CER4_CER14() throws IOException {
		String email = "hr+" + System.nanoTime() + "@example.org";
		this.training.client(email);
		TestAccount hr = this.accounts.portalWithPassword(Role.CLIENT_CONTACT, email);
		this.browser = RealBrowser.start();
		this.browser.manage().window().setSize(new Dimension(390, 1100));
		this.browser.get(base() + "/login?lang=en");
		this.browser.findElement(By.name("username")).sendKeys(hr.username());
		this.browser.findElement(By.name("password")).sendKeys(hr.password());
		this.browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		RealBrowser.awaitAddress(this.browser, "/me");
		RealBrowser.click(this.browser, By.linkText("Absenteeism controls"));
		RealBrowser.lookAt(this.browser, "portal-controls");
		RealBrowser.click(this.browser, By.linkText("Order a control"));
		RealBrowser.await(this.browser, By.id("order-form"));
		RealBrowser.lookAt(this.browser, "portal-order");
		LocalDate today = LocalDate.now();
		for (String[] field : new String[][] { { "firstName", "Wout" }, { "lastName", "Werker" },
				{ "personnelNumber", "P-4711" }, { "street", "Kerkstraat 1" }, { "postcode", "1000" },
				{ "city", "Brussel" }, { "incapacityFrom", today.minusDays(1).toString() },
				{ "incapacityUntil", today.plusDays(13).toString() } }) {
			type(field[0], field[1]);
		}
		for (String[] choice : new String[][] { { "language", "nl" }, { "certificate", "FIRST" },
				{ "nature", "ILLNESS" }, { "mayLeaveHome", "NO" }, { "hospitalised", "NO" } }) {
			new Select(this.browser.findElement(By.id(choice[0]))).selectByValue(choice[1]);
		}
		RealBrowser.click(this.browser, By.cssSelector("#order-form button[type=submit]"));

		RealBrowser.awaitAddress(this.browser, "/me/controls/[0-9a-f-]+\\?ordered");
		assertThat(this.browser.findElement(By.tagName("main")).getText()).contains("Wout Werker");
		RealBrowser.lookAt(this.browser, "portal-control-ordered");
		assertThat(this.jdbc
			.sql("SELECT COUNT(*) FROM dossiers_control WHERE organisation_id IN "
					+ "(SELECT id FROM people_organisation WHERE name = :name)")
			.param("name", "Client " + email)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private Set<String> tour(TestAccount account) throws IOException {
		return PageTour.reachedBy(account, base(), this.jdbc, "/admin", "/admin/controls", "/admin/departments",
				"/admin/medical-file-requests");
	}

	/** As the head of the department gives it, without signing them in here. */
	private void assign(UUID department, TestAccount physician, ControlSummary control) {
		this.store.assign(control.id(), department, physician.id(), "head", Instant.now());
	}

	/** Sets a date field's value as its picker would. */
	private void type(String field, String value) {
		this.browser.executeScript("arguments[0].value = arguments[1]", this.browser.findElement(By.id(field)), value);
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
