package org.tutela.billing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.catalog.VatTreatment;
import org.tutela.identity.Role;
import org.tutela.people.Address;
import org.tutela.people.MembershipStatus;
import org.tutela.people.NewOrganisation;
import org.tutela.people.Organisations;
import org.tutela.testing.HttpTest;
import org.tutela.testing.PageTour;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium, finance uploads a bank statement with an amount of three decimals
 * and reads beside the upload field the line and element at fault, with nothing booked;
 * uploads the statement set right and reads what was booked; then assigns the transfer
 * that named no invoice to the invoice it pays. The page fits a phone and a desktop,
 * passes axe-core and speaks to staff in words.
 */
@HttpTest
class PaymentsInABrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	Invoices invoices;

	@Autowired
	Payments payments;

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
	void financeReadsWhyAStatementIsRefusedThenImportsItAndAssignsTheTransferLeftOpen() throws IOException {
		IssuedInvoice invoice = issue("Bouwwerken Claes NV", "640");
		String statementId = "STMT-B-" + UUID.randomUUID().toString().substring(0, 8);
		String wrong = Camt053.v02(statementId, Camt053.credit(statementId + "-1", "640.005", null, "Opleiding"));
		String right = Camt053.v02(statementId, Camt053.credit(statementId + "-1", "640.00", null, "Opleiding maart"));
		this.browser = RealBrowser.start();
		RealBrowser.signIn(this.browser, base(), this.accounts.of(Role.FINANCE));
		this.browser.get(base() + "/admin/billing/payments?lang=en");

		upload(wrong);

		RealBrowser.await(this.browser, By.cssSelector("#statement[aria-invalid=true]"));
		assertThat(this.browser.findElement(By.id("statement-error")).getText())
			.isEqualTo("Line " + Camt053.lineOf(wrong, "640.005")
					+ ", Ntry/Amt: an amount has at most two decimals and is above zero. Nothing was booked.");
		RealBrowser.lookAt(this.browser, "payments-refused");
		assertThat(booked(statementId)).isZero();

		upload(right);

		assertThat(RealBrowser.await(this.browser, By.id("imported")).get(0).getText())
			.startsWith("Transfers booked: 1; paying an invoice: 0; waiting for you: 1.");
		assertThat(this.browser.findElement(By.id("waiting")).getText()).contains("Opleiding maart", "Jan Peeters",
				"BE71 0961 2345 6769");
		String row = "//table[@id='waiting']//tr[td[contains(., 'Opleiding maart')]]";
		new Select(this.browser.findElement(By.xpath(row + "//select"))).selectByValue(invoice.id().toString());
		RealBrowser.lookAt(this.browser, "payments");
		RealBrowser.click(this.browser, By.xpath(row + "//form[contains(@action, '/assign')]//button"));

		RealBrowser.await(this.browser, By.id("assigned"));
		assertThat(this.browser.findElement(By.id("paying")).getText()).contains(invoice.number());
		assertThat(BillingFixtures.finance(() -> this.payments.standing(invoice.id())).state())
			.isEqualTo(InvoiceStanding.State.PAID);

		assertThat(PageTour.reachedBy(this.accounts.of(Role.FINANCE), base(), this.jdbc, "/admin/billing/payments",
				"/admin/billing/"))
			.contains("/admin/billing/payments");
	}

	private void upload(String statement) throws IOException {
		Path file = Files.createTempFile("statement", ".xml");
		Files.writeString(file, statement, StandardCharsets.UTF_8);
		this.browser.findElement(By.id("statement")).sendKeys(file.toAbsolutePath().toString());
		RealBrowser.click(this.browser, By.cssSelector("#statement-upload button[type=submit]"));
	}

	private IssuedInvoice issue(String name, String euros) {
		UUID client = Staff
			.coordinator(() -> this.organisations.add(new NewOrganisation(name, BillingFixtures.enterpriseNumber(),
					null, null, new Address("Kerkstraat 1", "9000", "Gent", "BE"), null, MembershipStatus.NONE, null,
					null, null, null)))
			.id();
		InvoiceDraft draft = BillingFixtures.finance(() -> this.invoices.order(new NewOrder(client, null,
				List.of(new OrderLine("Opleiding", 1, new BigDecimal(euros), VatTreatment.EXEMPT)))));
		return BillingFixtures.finance(() -> this.invoices.issue(draft.id()));
	}

	private int booked(String statement) {
		return this.jdbc.sql("SELECT COUNT(*) FROM billing_payment WHERE statement_id = :statement")
			.param("statement", statement)
			.query(Integer.class)
			.single();
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
