package org.tutela.recruitment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.requests.RequestFixtures;
import org.tutela.retention.RetentionFixtures;
import org.tutela.testing.Browser;
import org.tutela.testing.Mailbox;
import org.tutela.testing.MovableClock;
import org.tutela.testing.PageTour;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.Smtp;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium, at a phone's width and a desktop's, with axe-core: a visitor
 * applies in Dutch, first with nothing filled in (each reason beside its field), then
 * with a CV and the box ticked, then withdraws that consent through the link in the mail
 * confirming it; the recruiter, five weeks later, finds the procedure needing attention,
 * opens the application from the back office's menu, and every recruitment page is looked
 * at.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tutela.policy.pack=online-academy")
@Import({ TrainingFixtures.class, RetentionFixtures.class, RequestFixtures.class, MovableClock.Configuration.class })
class RecruitmentInABrowserTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

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
	void aVisitorAppliesInDutchAndTheRecruiterReadsTheApplication_SKI2() throws Exception {
		this.browser = RealBrowser.start();
		Browser staff = new Browser(this.port).accepting("text/html");
		staff.signIn(this.accounts.of(Role.RECRUITER));
		String title = "Online trainer " + UUID.randomUUID().toString().substring(0, 8);
		RecruitmentFixtures.open(staff, title);
		PageTour tour = new PageTour(this.browser, base(), this.jdbc);
		Path cv = Files.createTempFile("cv", ".pdf");
		Files.write(cv, RecruitmentFixtures.pdf(title));

		this.browser.get(base() + "/?lang=nl");
		assertThat(this.browser.findElement(By.cssSelector("header a[href='/contact']")).getText())
			.isEqualTo("Contact");
		RealBrowser.lookAt(this.browser, "site-menu-with-jobs");
		RealBrowser.click(this.browser, By.linkText("Vacatures"));
		tour.see("visitor", null);
		RealBrowser.click(this.browser, By.linkText(title));
		assertThat(this.browser.findElement(By.cssSelector("#collection-notice h2")).getText())
			.isEqualTo("Hoe wij uw gegevens gebruiken");
		assertThat(this.browser.findElement(By.id("keepLonger")).isSelected()).as("unticked").isFalse();
		submit();
		assertThat(RealBrowser.await(this.browser, By.id("cvError")).get(0).getText())
			.isEqualTo("Dit veld is verplicht.");
		tour.see("visitor application refused", null);
		RealBrowser.lookAt(this.browser, "job-application-refused");

		this.browser.findElement(By.id("firstName")).sendKeys("Sanne");
		this.browser.findElement(By.id("lastName")).sendKeys("de Vries");
		this.browser.findElement(By.id("email")).sendKeys("sanne+" + title.hashCode() + "@example.nl");
		this.browser.findElement(By.id("cv")).sendKeys(cv.toString());
		WebElement box = this.browser.findElement(By.id("keepLonger"));
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", box);
		box.click();
		submit();
		assertThat(RealBrowser.await(this.browser, By.id("sent")).get(0).getText())
			.startsWith("We hebben je sollicitatie voor " + title + " ontvangen");
		tour.see("visitor applied", null);

		String mail = RequestFixtures
			.body(Mailbox.await(smtp, "sanne+" + title.hashCode() + "@example.nl", "Je sollicitatie voor " + title));
		Matcher link = Pattern.compile("/jobs/application/[A-Za-z0-9_-]+").matcher(mail);
		assertThat(link.find()).as(mail).isTrue();
		this.browser.get(base() + link.group() + "?lang=nl");
		assertThat(RealBrowser.await(this.browser, By.id("kept")).get(0).getText()).contains(title,
				"Bewaar mijn sollicitatie 1 jaar");
		tour.see("applicant's own page", null);
		RealBrowser.lookAt(this.browser, "job-application-kept");
		WebElement withdraw = this.browser.findElement(By.cssSelector("#withdraw button[type=submit]"));
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", withdraw);
		withdraw.click();
		assertThat(RealBrowser.await(this.browser, By.id("withdrawn-now")).get(0).getText())
			.isEqualTo("Je toestemming is ingetrokken.");
		assertThat(this.browser.findElement(By.id("withdrawn")).getText()).contains("4 weken na het einde");
		tour.see("applicant's consent withdrawn", null);
		RealBrowser.lookAt(this.browser, "job-application-withdrawn");

		// Left running five weeks since: the procedure needs attention.
		this.jdbc.sql("UPDATE recruitment_vacancy SET opened_at = ? WHERE title = ?")
			.params(OffsetDateTime.now().minusWeeks(5), title)
			.update();
		this.jdbc
			.sql("UPDATE recruitment_application SET received_at = ? WHERE vacancy_id IN"
					+ " (SELECT id FROM recruitment_vacancy WHERE title = ?)")
			.params(OffsetDateTime.now().minusWeeks(5), title)
			.update();
		RealBrowser.signIn(this.browser, base(), this.accounts.of(Role.RECRUITER));
		this.browser.get(base() + "/admin?lang=en");
		RealBrowser.click(this.browser, By.linkText("Vacancies"));
		assertThat(this.browser.findElements(By.cssSelector("#vacancies .attention"))).isNotEmpty();
		RealBrowser.lookAt(this.browser, "vacancies-attention");
		RealBrowser.click(this.browser, By.linkText(title));
		assertThat(this.browser.findElement(By.id("attention")).getText()).startsWith("Needs attention");
		RealBrowser.lookAt(this.browser, "vacancy");
		RealBrowser.click(this.browser, By.linkText("Sanne de Vries"));
		assertThat(RealBrowser.await(this.browser, By.id("kept-longer")).get(0).getText()).contains("No",
				"Bewaar mijn sollicitatie 1 jaar", "The applicant withdrew this consent on");
		RealBrowser.lookAt(this.browser, "job-application");
		tour.visit(Role.RECRUITER.name(), "/admin/recruitment", "/admin/recruitment");
		assertThat(tour.faults()).isEmpty();
	}

	private void submit() {
		WebElement button = this.browser.findElement(By.cssSelector("#application button[type=submit]"));
		this.browser.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", button);
		button.click();
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
