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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.dossiers.awards.AwardStore;
import org.tutela.identity.Role;
import org.tutela.testing.PageTour;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.Smtp;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The award pages in Chromium: the coordinator and a juror each reach theirs from the
 * dashboard, and every page fits a phone and a desktop, passes axe-core and speaks to
 * staff in words; then a juror on a phone signs the confidentiality statement and reads a
 * dossier (VCK-5).
 */
@QualityNetworkTest
class AwardsInABrowserTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	AwardFixtures awards;

	@Autowired
	AwardStore store;

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
	void theCoordinatorAndAJurorReachTheirPagesAndEachPageFitsPassesAxeAndSpeaksInWords() throws IOException {
		// The shared accounts, whose names hold no id to trip the check for ids.
		TestAccount juror = this.accounts.of(Role.JURY_MEMBER);
		Award award = this.awards.award("Patient safety award " + (char) ('A' + (int) (System.nanoTime() % 26)));
		this.awards.candidacy(award, this.awards.candidate("Kato", "Kandidaat"), LocalDate.now(),
				"Falls on the ward halved in a year");
		this.store.addJuror(award.id(), juror.id(), "coordinator", Instant.now());
		this.store.sign(award.id(), juror.id(), Awards.STATEMENT_VERSION, Instant.now());

		assertThat(tour(juror)).contains("/admin/awards", "/admin/awards/{id}", "/admin/candidacies/{id}");
		assertThat(tour(this.accounts.of(Role.COORDINATOR))).contains("/admin/awards", "/admin/awards/{id}")
			.doesNotContain("/admin/candidacies/{id}");
	}

	@Test
	void aJurorOnAPhoneSignsTheStatementThenReadsTheDossier_VCK5() throws IOException {
		TestAccount juror = this.accounts.fresh(Role.JURY_MEMBER);
		Award award = this.awards.award();
		String summary = "Falls halved " + UUID.randomUUID();
		this.awards.candidacy(award, this.awards.candidate("Kato", "Kandidaat"), LocalDate.now(), summary);
		this.store.addJuror(award.id(), juror.id(), "coordinator", Instant.now());

		this.browser = RealBrowser.start();
		this.browser.manage().window().setSize(new Dimension(390, 1100));
		RealBrowser.signIn(this.browser, base(), juror);
		this.browser.get(base() + "/admin/awards?lang=en");
		RealBrowser.click(this.browser, By.partialLinkText(award.name()));
		RealBrowser.await(this.browser, By.id("statement"));
		RealBrowser.lookAt(this.browser, "award-statement");
		RealBrowser.click(this.browser, By.cssSelector("#statement button[type=submit]"));
		RealBrowser.await(this.browser, By.id("signed"));
		RealBrowser.click(this.browser, By.linkText("Fewer falls on the ward"));

		assertThat(RealBrowser.awaitText(this.browser, By.id("summary"), summary)).isEqualTo(summary);
		assertThat(this.jdbc.sql("SELECT statement_version FROM dossiers_award_juror WHERE account_id = :juror")
			.param("juror", juror.id().value())
			.query(String.class)
			.single()).isEqualTo(Awards.STATEMENT_VERSION);
	}

	private Set<String> tour(TestAccount account) throws IOException {
		return PageTour.reachedBy(account, base(), this.jdbc, "/admin", "/admin/awards", "/admin/candidacies");
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
