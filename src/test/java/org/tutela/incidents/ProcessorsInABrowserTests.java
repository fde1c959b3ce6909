package org.tutela.incidents;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.identity.Role;
import org.tutela.testing.Browser;
import org.tutela.testing.PageTour;
import org.tutela.testing.PdfText;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.Smtp;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.incidents.ProcessorAgreementTests.agreement;
import static org.tutela.incidents.ProcessorAgreementTests.dpo;
import static org.tutela.incidents.ProcessorAgreementTests.pdf;

/**
 * The processor agreements in Chromium under the quality-network pack: the data
 * protection officer reaches the register and a processor's page from the menu, every
 * page fits a phone and a desktop, passes axe-core and speaks in words; a coordinator has
 * no way there. Then the officer on a phone records the agreement with the mailing
 * provider, is told beside the field that the file chosen is not a PDF, and records it
 * with the PDF.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tutela.policy.pack=quality-network")
class ProcessorsInABrowserTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	ProcessorAgreements agreements;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	private ChromeDriver browser;

	@BeforeEach
	void noAgreementYet() {
		ProcessorAgreementTests.forgetAgreements(this.jdbc);
	}

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theOfficerReachesTheRegisterAndEachPageFitsPassesAxeAndSpeaksInWords() throws IOException {
		dpo(() -> this.agreements.record("crm-provider",
				agreement("2024-03-01", LocalDate.now().minusDays(1).toString(), "BE", null, null), pdf()));
		dpo(() -> this.agreements.addSubProcessor("crm-provider",
				new SubProcessorForm("Backup company", "nightly backups", "DE", null, "on", null, null)));

		assertThat(tour(this.accounts.of(Role.DPO))).contains("/admin/processors");
		assertThat(tour(this.accounts.of(Role.COORDINATOR))).doesNotContain("/admin/processors");
	}

	@Test
	void theOfficerOnAPhoneIsToldBesideTheFieldThatTheFileIsNotAPdfAndRecordsTheAgreement_MEN13() throws IOException {
		TestAccount dpo = this.accounts.fresh(Role.DPO);
		this.browser = RealBrowser.start();
		this.browser.manage().window().setSize(new Dimension(390, 1100));
		RealBrowser.signIn(this.browser, base(), dpo);
		this.browser.get(base() + "/admin/processors?lang=en");
		assertThat(this.browser.findElement(By.id("processor-mailing-provider")).getText())
			.contains("Agreement missing");
		RealBrowser.lookAt(this.browser, "processors-register");
		RealBrowser.click(this.browser, By.linkText("Mailing provider"));
		RealBrowser.await(this.browser, By.id("agreement-form"));
		type("signedOn", "2025-02-03");
		type("reviewOn", "2027-02-03");
		type("storageCountry", "BE");
		Path notAPdf = Files.createTempFile("agreement", ".pdf");
		Files.write(notAPdf, "PK\u0003\u0004 not a pdf".getBytes());
		this.browser.findElement(By.id("document")).sendKeys(notAPdf.toAbsolutePath().toString());
		RealBrowser.click(this.browser, By.cssSelector("#agreement-form button[type=submit]"));

		assertThat(RealBrowser.awaitText(this.browser, By.id("document-error"), "This file is not a PDF."))
			.isEqualTo("This file is not a PDF.");
		RealBrowser.lookAt(this.browser, "processor-refused");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM incidents_processor_agreement").query(Integer.class).single())
			.isZero();

		Path agreement = Files.createTempFile("agreement", ".pdf");
		Files.write(agreement, ProcessorAgreementTests.pdfBytes());
		this.browser.findElement(By.id("document")).sendKeys(agreement.toAbsolutePath().toString());
		RealBrowser.click(this.browser, By.cssSelector("#agreement-form button[type=submit]"));
		RealBrowser.awaitAddress(this.browser, "/admin/processors/mailing-provider\\?recorded");
		assertThat(this.browser.findElement(By.id("processor")).getText()).contains("In order",
				"The published policy still says no agreement is signed");
		RealBrowser.lookAt(this.browser, "processor-recorded");
		assertThat(this.jdbc
			.sql("SELECT review_on FROM incidents_processor_agreement WHERE processor_name = 'Mailing provider'")
			.query(LocalDate.class)
			.single()).isEqualTo(LocalDate.of(2027, 2, 3));
		Files.delete(notAPdf);
		Files.delete(agreement);
	}

	@Test
	void aClientsContactFindsTheOverviewInThePortalAndItNamesTheProcessorsWithoutAnAgreement_MEN12() {
		Browser contact = new Browser(this.port);
		contact.signIn(this.accounts.fresh(Role.CLIENT_CONTACT));
		assertThat(contact.get("/me?lang=en").body()).contains("href=\"/me/processors.pdf\"",
				"Our processors and sub-processors (PDF)");
		HttpResponse<byte[]> overview = contact.download("/me/processors.pdf?lang=en");
		assertThat(overview.statusCode()).isEqualTo(200);
		assertThat(PdfText.of(overview.body())).contains("Mailing provider",
				"No agreement has been signed with this processor yet.");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE detail = 'processors overview printed'")
			.query(Integer.class)
			.single()).isPositive();
	}

	private Set<String> tour(TestAccount account) throws IOException {
		return PageTour.reachedBy(account, base(), this.jdbc, "/admin", "/admin/processors");
	}

	/** Sets a field's value as typing, a date picker or a list would. */
	private void type(String field, String value) {
		this.browser.executeScript("arguments[0].value = arguments[1]", this.browser.findElement(By.id(field)), value);
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
