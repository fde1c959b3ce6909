package org.tutela.billing;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.catalog.VatTreatment;
import org.tutela.dossiers.QualityNetworkTest;
import org.tutela.identity.Role;
import org.tutela.people.Address;
import org.tutela.people.MembershipStatus;
import org.tutela.people.NewOrganisation;
import org.tutela.people.Organisations;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.testing.Browser;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Under a pack that names no collection agent (the quality network reminds, and hands
 * nothing over): an overdue invoice's page says so instead of offering a hand-over, and a
 * hand-over asked for all the same is refused with the recipient named and nothing
 * stored.
 */
@QualityNetworkTest
class CollectionWithoutAnAgentTests {

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

	@Test
	void anOverdueInvoiceSaysThatThePackNamesNoCollectorAndIsNotHandedOver() {
		UUID client = Staff
			.coordinator(() -> this.organisations.add(new NewOrganisation("Drukkerij Maes BV",
					BillingFixtures.enterpriseNumber(), null, null, new Address("Kerkstraat 1", "9000", "Gent", "BE"),
					null, MembershipStatus.NONE, null, null, null, null)))
			.id();
		InvoiceDraft draft = BillingFixtures.finance(() -> this.invoices.order(new NewOrder(client, null,
				List.of(new OrderLine("Lidgeld", 1, new BigDecimal("120"), VatTreatment.EXEMPT)))));
		IssuedInvoice invoice = BillingFixtures.finance(() -> this.invoices.issue(draft.id()));
		this.jdbc.sql("UPDATE billing_invoice SET due_date = :due WHERE id = :id")
			.param("due", LocalDate.now(this.clock).minusDays(90))
			.param("id", invoice.id())
			.update();
		assertThat(BillingFixtures.finance(() -> this.handOvers.agents())).isEmpty();

		Browser finance = new Browser(this.port).accepting("text/html");
		finance.signIn(this.accounts.of(Role.FINANCE));
		HttpResponse<String> page = finance.get("/admin/billing/invoices/" + invoice.id() + "?lang=en");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body())
			.contains("id=\"no-agent\"", "The policy names no lawyer or bailiff to hand unpaid invoices over to.")
			.doesNotContain("hand-over-form");

		assertThatThrownBy(
				() -> BillingFixtures.finance(() -> this.handOvers.handOver(invoice.id(), "Lawyer or bailiff")))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.byField()).containsEntry("recipient", "billing.collection-agent"));
		assertThat(BillingFixtures.finance(() -> this.handOvers.of(invoice.id()))).isEmpty();

		HttpResponse<byte[]> collector = finance
			.download("/admin/billing/invoices/" + invoice.id() + "/collection.zip");
		assertThat(collector.statusCode()).as("nothing for a collector: back to the page").isEqualTo(302);
		assertThat(collector.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/admin/billing/invoices/" + invoice.id() + "#collection"));
	}

}
