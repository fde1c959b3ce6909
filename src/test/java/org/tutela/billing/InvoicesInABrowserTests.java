package org.tutela.billing;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.catalog.VatTreatment;
import org.tutela.identity.Role;
import org.tutela.people.Address;
import org.tutela.people.MembershipStatus;
import org.tutela.people.NewOrganisation;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.testing.HttpTest;
import org.tutela.testing.PageTour;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium, finance finds two drafts on the invoices page, issues the one for
 * a Belgian client and sees it among the year's invoices with its documents, opens it, is
 * told it has no address to mail it to, credits it in full once the reason the form asks
 * for is given and issues the credit note; the one for a Dutch business known by its VAT
 * number but without a Peppol id is refused with the rule it breaks named, and discarded;
 * a period to export whose last day comes before its first is named beside the field; a
 * year's members' fees are drafted, a year that is none named beside its field. The page
 * fits a phone and a desktop, passes axe-core and speaks to staff in words.
 */
@HttpTest
class InvoicesInABrowserTests {

	/**
	 * How long issuing may take when it is the first check of its kind of document in the
	 * tests' machine, which compiles the official rules (the tests do not compile them in
	 * the background at start-up, as the application does).
	 */
	private static final Duration FIRST_CHECK = Duration.ofSeconds(90);

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	Invoices invoices;

	@Autowired
	Parties parties;

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
	void financeIssuesADraftSeesARefusedOneWithItsRuleAndDiscardsIt() throws IOException {
		Organisation belgian = client("Drukkerij Vandamme BV", BillingFixtures.enterpriseNumber(),
				new Address("Kouter 7", "9000", "Gent", "BE"));
		Organisation dutch = client("Bakkerij de Vries BV", null,
				new Address("Oudegracht 12", "3511 AB", "Utrecht", "NL"));
		BillingFixtures.finance(() -> this.parties.record(dutch.id(),
				new BillingDetails(null, null, null, "NL004495445B01", "PO-7", null, null, "en", null)));
		Organisation member = Staff
			.coordinator(() -> this.organisations.add(new NewOrganisation("Brouwerij Ledeboer NV",
					BillingFixtures.enterpriseNumber(), null, null, new Address("Markt 3", "8000", "Brugge", "BE"),
					null, MembershipStatus.MEMBER, LocalDate.of(2013, 1, 1), null, null, null)));
		order(belgian, "Opleiding brandpreventie op maat");
		order(dutch, "Workshop ergonomie op maat");

		this.browser = RealBrowser.start();
		RealBrowser.signIn(this.browser, base(), this.accounts.of(Role.FINANCE));
		this.browser.get(base() + "/admin/billing/invoices?lang=en");
		RealBrowser.await(this.browser, By.id("drafts"));
		RealBrowser.lookAt(this.browser, "invoices-drafts");

		issue("Drukkerij Vandamme BV");
		String issued = RealBrowser.await(this.browser, By.id("issued-one"), FIRST_CHECK).get(0).getText();
		assertThat(issued).matches("Invoice \\d{4}-\\d{5} is issued\\.");
		String number = issued.replaceAll("Invoice (\\S+) is issued\\.", "$1");
		WebElement row = this.browser.findElement(By.xpath("//table[@id='issued']//tr[td[1]/a='" + number + "']"));
		assertThat(row.getText()).contains("Drukkerij Vandamme BV", "1.000,00 €");
		assertThat(row.findElement(By.linkText("PDF")).getAttribute("href")).endsWith("/invoice.pdf");

		RealBrowser.click(this.browser, By.linkText(number));
		RealBrowser.await(this.browser, By.id("credit-form"));
		assertThat(this.browser.findElement(By.tagName("h1")).getText()).isEqualTo("Invoice " + number);
		assertThat(this.browser.findElement(By.id("standing")).getText()).isEqualTo("Unpaid");
		RealBrowser.click(this.browser, By.cssSelector("#sendings + ul + div button, #sendings + p + div button"));
		assertThat(RealBrowser.await(this.browser, By.id("problem")).get(0).getText()).as("no address to mail it to")
			.isNotBlank();
		RealBrowser.click(this.browser, By.cssSelector("#credit-form button[type=submit]"));
		assertThat(RealBrowser.await(this.browser, By.id("reason-error")).get(0).getText())
			.isEqualTo("Say why the invoice is credited, in at most 500 characters.");
		RealBrowser.lookAt(this.browser, "invoice-credit-refused");
		this.browser.findElement(By.id("reason")).sendKeys("Training cancelled by the organiser");
		RealBrowser.click(this.browser, By.cssSelector("#credit-form button[type=submit]"));
		assertThat(RealBrowser.await(this.browser, By.id("credit-drafted")).get(0).getText()).contains(number);
		issue("Drukkerij Vandamme BV");
		String credit = RealBrowser.await(this.browser, By.id("issued-one"), FIRST_CHECK).get(0).getText();
		String creditNumber = credit.replaceAll("Credit note (\\S+) is issued\\.", "$1");
		assertThat(this.browser.findElement(By.xpath("//table[@id='issued']//tr[td[1]/a='" + creditNumber + "']"))
			.getText()).contains("Credit note");

		issue("Bakkerij de Vries BV");
		WebElement refused = RealBrowser.await(this.browser, By.id("refused"), FIRST_CHECK).get(0);
		assertThat(refused.getText()).contains("was not issued", "PEPPOL-EN16931-R010");
		RealBrowser.lookAt(this.browser, "invoices-refused");
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM billing_invoice WHERE organisation_id = :client AND number IS NULL")
					.param("client", dutch.id())
					.query(Integer.class)
					.single())
			.as("still a draft")
			.isOne();

		RealBrowser.click(this.browser,
				By.cssSelector("button[aria-label='Discard the draft for Bakkerij de Vries BV']"));
		RealBrowser.await(this.browser, By.id("discarded"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM billing_invoice WHERE organisation_id = :client")
			.param("client", dutch.id())
			.query(Integer.class)
			.single()).as("the draft is gone").isZero();

		type("from", "2026-03-31");
		type("to", "2026-03-01");
		RealBrowser.click(this.browser, By.cssSelector("#export button[value=csv]"));
		assertThat(RealBrowser.await(this.browser, By.id("to-error")).get(0).getText())
			.isEqualTo("The last day comes on or after the first.");
		RealBrowser.lookAt(this.browser, "invoices-export-refused");

		type("year", "20x7");
		RealBrowser.click(this.browser, By.cssSelector("#fees button[type=submit]"));
		assertThat(RealBrowser.await(this.browser, By.id("year-error")).get(0).getText())
			.isEqualTo("Give the year as four digits, such as 2027.");
		type("year", "2013");
		RealBrowser.click(this.browser, By.cssSelector("#fees button[type=submit]"));
		assertThat(RealBrowser.await(this.browser, By.id("fees-drafted")).get(0).getText())
			.startsWith("Members' fees drafted: ");
		assertThat(this.browser.findElement(By.xpath("//table[@id='drafts']//tr[td[1]='" + member.name() + "']"))
			.getText()).contains("Membership fee 2013", "302,50 €");
		RealBrowser.lookAt(this.browser, "invoices-membership-fees");

		assertThat(PageTour.reachedBy(this.accounts.of(Role.FINANCE), base(), this.jdbc, "/admin/billing/invoices",
				"/admin/billing/"))
			.contains("/admin/billing/invoices");
	}

	private Organisation client(String name, String enterpriseNumber, Address address) {
		return Staff.coordinator(() -> this.organisations.add(new NewOrganisation(name, enterpriseNumber, null, null,
				address, null, MembershipStatus.NONE, null, null, null, null)));
	}

	private void order(Organisation client, String what) {
		BillingFixtures.finance(() -> this.invoices.order(new NewOrder(client.id(), null,
				List.of(new OrderLine(what, 1, new BigDecimal("1000.00"), VatTreatment.EXEMPT)))));
	}

	private void issue(String buyer) {
		RealBrowser.click(this.browser, By.cssSelector("button[aria-label='Issue the invoice for " + buyer + "']"));
	}

	/**
	 * A day in a date field, as the field keeps it whatever the browser's way of typing
	 * it.
	 */
	private void type(String field, String value) {
		this.browser.executeScript("arguments[0].value = arguments[1]", this.browser.findElement(By.id(field)), value);
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
