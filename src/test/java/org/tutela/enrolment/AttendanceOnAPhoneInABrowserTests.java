package org.tutela.enrolment;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.catalog.Session;
import org.tutela.identity.Role;
import org.tutela.testing.HttpTest;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium on a phone's width, a trainer finds today's session among their
 * own, opens its attendance sheet and marks a participant present; nothing is wider than
 * the screen on the way.
 */
@HttpTest
@Import(TrainingFixtures.class)
class AttendanceOnAPhoneInABrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TrainingFixtures training;

	@Autowired
	Registering registering;

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
	void aTrainerRecordsAttendanceOnAPhone() throws IOException {
		var trainer = this.accounts.of(Role.TRAINER);
		Session today = this.training.session(this.training.course(false, 7, null), 10, LocalDate.now(), 1,
				List.of(trainer.id().value()));
		Registration ann = register(today, "Ann");
		register(today, "Bert");

		this.browser = RealBrowser.start();
		this.browser.manage().window().setSize(new Dimension(390, 1000));
		RealBrowser.signIn(this.browser, base(), trainer);
		this.browser.get(base() + "/admin/sessions?lang=en");
		RealBrowser.click(this.browser, By.cssSelector("a[href='/admin/sessions/" + today.id() + "']"));
		RealBrowser.click(this.browser, By.cssSelector("a[href='/admin/sessions/" + today.id() + "/attendance']"));
		RealBrowser.await(this.browser, By.id("present-" + ann.id()));
		RealBrowser.lookAt(this.browser, "attendance-trainer");
		this.browser.manage().window().setSize(new Dimension(390, 1000));

		RealBrowser.click(this.browser, By.cssSelector("label[for='present-" + ann.id() + "']"));
		RealBrowser.click(this.browser,
				By.xpath("//input[@value='" + ann.id() + "']/ancestor::form//button[@type='submit']"));
		RealBrowser.awaitText(this.browser, By.cssSelector("[role=status]"), "");
		Boolean present = this.jdbc.sql(
				"SELECT present FROM enrolment_attendance WHERE registration_id = :registration AND session_day = :day")
			.param("registration", ann.id())
			.param("day", LocalDate.now())
			.query(Boolean.class)
			.single();
		assertThat(present).isTrue();
		Object wider = this.browser
			.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth");
		assertThat(wider).as("the sheet fits the phone").isEqualTo(false);
	}

	private Registration register(Session session, String firstName) {
		String email = firstName.toLowerCase(Locale.ROOT) + "+" + this.tag + "@example.org";
		return Staff.coordinator(() -> this.registering.registerByStaff(session.id(),
				new RegistrationForm(firstName, "Maes", email, null, null, null, null, null, null, null, null), "en"));
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
