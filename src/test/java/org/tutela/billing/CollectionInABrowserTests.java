package org.tutela.billing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

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
import org.tutela.testing.Browser;
import org.tutela.testing.HttpTest;
import org.tutela.testing.PageTour;
import org.tutela.testing.RealBrowser;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In Debian's Chromium, finance finds an invoice reminded twice and ready to hand over on
 * the page of overdue and handed-over invoices, opens it, hands it to the lawyer or
 * bailiff the pack names and reads to whom and when; the invoice then shows among those
 * handed over, not yet settled, with the collector's download on its page. The pages fit
 * a phone and a desktop, pass axe-core and speak to staff in words.
 */
@HttpTest
class CollectionInABrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	Invoices invoices;

	@Autowired
	HandOvers handOvers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	private ChromeDriver browser;

	@AfterEach
	void close() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void financeHandsAnInvoiceReadyForItToTheBailiffAndSeesItAmongThoseHandedOver() throws IOException {
		IssuedInvoice invoice = reminded("Dakwerken Janssens NV", "480", 2);
		IssuedInvoice byPost = reminded("Schrijnwerkerij Peeters BV", "215", 1);
		this.browser = RealBrowser.start();
		RealBrowser.signIn(this.browser, base(), this.accounts.of(Role.FINANCE));
		this.browser.get(base() + "/admin/billing/collection?lang=en");

		String row = "//table[@id='overdue']//tr[td[contains(., '" + invoice.number() + "')]]";
		assertThat(this.browser.findElement(By.xpath(row)).getText()).contains("Dakwerken Janssens NV", "480",
				"Ready to hand over");
		String letterRow = "//table[@id='overdue']//tr[td[contains(., '" + byPost.number() + "')]]";
		assertThat(this.browser.findElement(By.xpath(letterRow)).getText()).as("its client has no e-mail address")
			.contains("Reminder 2 is due; the client has no e-mail address, so it goes by post.", "Print the letter");
		assertThat(this.browser.findElements(By.xpath(row + "//button"))).as("a client reminded of every step")
			.isEmpty();
		RealBrowser.lookAt(this.browser, "collection-overdue");
		RealBrowser.click(this.browser, By.xpath(row + "//a"));

		RealBrowser.await(this.browser, By.id("hand-over-form"));
		new Select(this.browser.findElement(By.id("recipient"))).selectByVisibleText("Lawyer or bailiff");
		RealBrowser.lookAt(this.browser, "invoice-hand-over");
		RealBrowser.click(this.browser, By.cssSelector("#hand-over-form button[type=submit]"));

		RealBrowser.await(this.browser, By.id("handed-over"));
		assertThat(this.browser.findElement(By.id("hand-over")).getText())
			.startsWith("Handed over to Lawyer or bailiff on ")
			.doesNotContain(LocalDate.now(this.clock).toString());
		assertThat(this.browser.findElements(By.id("hand-over-form"))).isEmpty();
		assertThat(this.browser.findElement(By.id("standing")).getText()).doesNotContain("Ready to hand over");
		assertThat(this.browser.findElement(By.id("for-the-collector")).getText()).startsWith("For the collector");
		RealBrowser.lookAt(this.browser, "invoice-handed-over");
		assertThat(BillingFixtures.finance(() -> this.handOvers.of(invoice.id()))).isPresent();
		Browser http = new Browser(this.port);
		http.signIn(this.accounts.of(Role.FINANCE));
		HttpResponse<byte[]> zip = http.download("/admin/billing/invoices/" + invoice.id() + "/collection.zip");
		assertThat(zip.statusCode()).isEqualTo(200);
		assertThat(zip.headers().firstValue("Content-Type")).hasValue("application/zip");
		assertThat(zip.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(disposition -> assertThat(disposition).contains(invoice.number() + "-collection.zip"));
		assertThat(entries(zip.body())).containsExactly(invoice.number() + ".pdf",
				invoice.number() + "-collection.pdf");

		this.browser.get(base() + "/admin/billing/collection?lang=en");
		assertThat(this.browser.findElements(By.xpath(row))).as("no longer among the overdue").isEmpty();
		assertThat(this.browser
			.findElement(By.xpath("//table[@id='handed-over']//tr[td[contains(., '" + invoice.number() + "')]]"))
			.getText()).contains("Lawyer or bailiff", "480", "Not yet");
		RealBrowser.lookAt(this.browser, "collection-handed-over");

		assertThat(PageTour.reachedBy(this.accounts.of(Role.FINANCE), base(), this.jdbc, "/admin/billing/collection",
				"/admin/billing/"))
			.contains("/admin/billing/collection");
	}

	/**
	 * An invoice issued four months ago, due three months ago and reminded 14 and, at the
	 * second step, 30 days after: ready to hand over since, when reminded twice.
	 */
	private IssuedInvoice reminded(String name, String euros, int steps) {
		UUID client = Staff
			.coordinator(() -> this.organisations.add(new NewOrganisation(name, BillingFixtures.enterpriseNumber(),
					null, null, new Address("Kerkstraat 1", "9000", "Gent", "BE"), null, MembershipStatus.NONE, null,
					null, null, null)))
			.id();
		InvoiceDraft draft = BillingFixtures.finance(() -> this.invoices.order(new NewOrder(client, null,
				List.of(new OrderLine("Opleiding", 1, new BigDecimal(euros), VatTreatment.EXEMPT)))));
		IssuedInvoice invoice = BillingFixtures.finance(() -> this.invoices.issue(draft.id()));
		LocalDate due = LocalDate.now(this.clock).minusDays(90);
		this.jdbc.sql("UPDATE billing_invoice SET issue_date = :issued, due_date = :due WHERE id = :id")
			.param("issued", due.minusDays(30))
			.param("due", due)
			.param("id", invoice.id())
			.update();
		for (int step = 1; step <= steps; step++) {
			this.jdbc.sql("INSERT INTO billing_reminder (invoice_id, step, sent_at) VALUES (:invoice, :step, :at)")
				.param("invoice", invoice.id())
				.param("step", step)
				.param("at", due.plusDays(step == 1 ? 14 : 30).atStartOfDay().atOffset(ZoneOffset.UTC))
				.update();
		}
		return invoice;
	}

	private static List<String> entries(byte[] zip) throws IOException {
		List<String> names = new ArrayList<>();
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				names.add(entry.getName());
			}
		}
		return names;
	}

	private String base() {
		return "http://127.0.0.1:" + this.port;
	}

}
