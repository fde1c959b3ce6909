package org.tutela.billing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.catalog.VatTreatment;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.people.Organisation;
import org.tutela.testing.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * What is owed, from bank statements: three issued invoices; a camt.053 statement pays
 * two of them in full (one by the structured reference, one by the communication typed in
 * the text), half of the third, and leaves a transfer of an unknown reference and one
 * bringing more than is open for finance; a debit is not kept. Imported again, it books
 * nothing; the next day's statement, in the newer version of the format, pays the rest of
 * the third. Finance assigns what was left, once. Runs on H2 and on PostgreSQL
 * (-Ppostgres). Each test keeps to its own year, so that its invoices' communications are
 * its own.
 */
@SpringBootTest
@Import({ TrainingFixtures.class, BillingFixtures.class, MovableClock.Configuration.class })
class PaymentsScenarioTests {

	@Autowired
	MovableClock clock;

	@Autowired
	BillingFixtures billing;

	@Autowired
	Invoices invoices;

	@Autowired
	Payments payments;

	@Autowired
	CreditNotes creditNotes;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void realTime() {
		this.clock.now();
	}

	@Test
	void aStatementPaysTwoInvoicesAndHalfOfTheThirdLeavesTheRestForFinanceAndBooksNothingTwice() {
		this.clock.day(LocalDate.of(2017, 3, 1));
		IssuedInvoice first = issue("950");
		IssuedInvoice second = issue("480.50");
		IssuedInvoice third = issue("1100");
		String statement = Camt053.v02("STMT-2017-061", Camt053.credit("E-2017-1", "950.00", digits(first), null),
				Camt053.credit("E-2017-2", "480.50", null,
						"Factuur 2017 " + first.number().substring(5) + " betaling " + second.paymentReference()
								+ " dank u"),
				Camt053.credit("E-2017-3", "75.00", null, "Lidgeld Jan"),
				Camt053.credit("E-2017-4", "500.00", digits(third), null),
				Camt053.credit("E-2017-5", "700.00", digits(third), null), Camt053.debit("E-2017-6", "1250.00"));

		StatementImport imported = importing(statement);

		assertThat(imported).isEqualTo(new StatementImport(1, 5, 3, 2, 0, 1));
		assertThat(standing(first)).extracting(InvoiceStanding::state, InvoiceStanding::openCents)
			.containsExactly(InvoiceStanding.State.PAID, 0L);
		assertThat(standing(second)).extracting(InvoiceStanding::state, InvoiceStanding::openCents)
			.containsExactly(InvoiceStanding.State.PAID, 0L);
		assertThat(standing(third))
			.extracting(InvoiceStanding::state, InvoiceStanding::paidCents, InvoiceStanding::openCents)
			.containsExactly(InvoiceStanding.State.PARTLY_PAID, 50_000L, 60_000L);
		assertThat(unmatched())
			.extracting(ReceivedTransfer::amountCents, ReceivedTransfer::reference, ReceivedTransfer::debtorName,
					ReceivedTransfer::debtorIban)
			.contains(tuple(7_500L, null, "Jan Peeters", "BE71096123456769"),
					tuple(70_000L, third.paymentReference(), "Jan Peeters", "BE71096123456769"));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM billing_payment WHERE statement_id = 'STMT-2017-061'")
			.query(Integer.class)
			.single()).as("the debit is not kept").isEqualTo(5);
		assertThat(this.jdbc.sql("""
				SELECT debtor_iban_cipher FROM billing_payment WHERE statement_id = 'STMT-2017-061'
				AND entry_reference = 'E-2017-1'""").query(String.class).single())
			.as("the debtor's account is kept encrypted")
			.doesNotContain("BE71");

		StatementImport again = importing(statement);

		assertThat(again).isEqualTo(new StatementImport(1, 0, 0, 0, 5, 1));
		assertThat(standing(third).openCents()).isEqualTo(60_000L);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM billing_payment WHERE statement_id = 'STMT-2017-061'")
			.query(Integer.class)
			.single()).isEqualTo(5);

		StatementImport nextDay = importing(
				Camt053.v08("STMT-2017-062", Camt053.credit("E-2017-7", "600.00", third.paymentReference(), null)));

		assertThat(nextDay).isEqualTo(new StatementImport(1, 1, 1, 0, 0, 0));
		assertThat(standing(third))
			.extracting(InvoiceStanding::state, InvoiceStanding::paidCents, InvoiceStanding::openCents)
			.containsExactly(InvoiceStanding.State.PAID, 110_000L, 0L);
		assertThat(BillingFixtures.finance(() -> this.payments.unpaid())).extracting(InvoiceStanding::number)
			.doesNotContain(first.number(), second.number(), third.number());
	}

	@Test
	void financeAssignsATransferLeftOpenOnceAndNeverForMoreThanIsOpen() {
		this.clock.day(LocalDate.of(2016, 5, 2));
		IssuedInvoice invoice = issue("300");
		importing(Camt053.v02("STMT-2016-123", Camt053.credit("E-2016-1", "300.00", null, "factuur van mei"),
				Camt053.credit("E-2016-2", "300.01", null, "te veel"),
				Camt053.credit("E-2016-3", "12.00", null, "terugbetaling")));
		UUID exact = transfer(30_000L);
		UUID tooMuch = transfer(30_001L);
		UUID notOurs = transfer(1_200L);

		assertThatThrownBy(() -> BillingFixtures.finance(() -> {
			this.payments.assign(tooMuch, invoice.id());
			return null;
		})).isInstanceOf(PaymentExceedsOpenAmount.class);
		BillingFixtures.finance(() -> {
			this.payments.assign(exact, invoice.id());
			this.payments.notOurs(notOurs);
			return null;
		});

		assertThat(standing(invoice).state()).isEqualTo(InvoiceStanding.State.PAID);
		assertThat(unmatched()).extracting(ReceivedTransfer::id).contains(tooMuch).doesNotContain(exact, notOurs);
		assertThat(BillingFixtures.finance(() -> this.payments.matched(500)))
			.extracting(ReceivedTransfer::id, ReceivedTransfer::invoiceNumber)
			.contains(tuple(exact, invoice.number()));
		assertThatThrownBy(() -> BillingFixtures.finance(() -> {
			this.payments.assign(exact, invoice.id());
			return null;
		})).isInstanceOf(PaymentSettled.class);
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM audit_entry WHERE detail = :detail""")
			.param("detail", "transfer assigned to invoice " + invoice.number())
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	@Test
	void anInvoiceCreditedInFullIsOwedNoMoreAndATransferNamingTheCreditNoteWaitsForFinance() {
		this.clock.day(LocalDate.of(2013, 4, 1));
		IssuedInvoice invoice = issue("200");
		InvoiceDraft credit = BillingFixtures
			.finance(() -> this.creditNotes.creditInFull(invoice.id(), "Ordered twice"));
		IssuedInvoice note = BillingFixtures.finance(() -> this.invoices.issue(credit.id()));

		assertThat(standing(invoice))
			.extracting(InvoiceStanding::state, InvoiceStanding::creditedCents, InvoiceStanding::openCents)
			.containsExactly(InvoiceStanding.State.CREDITED, 20_000L, 0L);
		assertThat(BillingFixtures.finance(() -> this.payments.unpaid())).extracting(InvoiceStanding::number)
			.doesNotContain(invoice.number(), note.number());
		StatementImport imported = importing(
				Camt053.v02("STMT-2013-1", Camt053.credit("E-2013-1", "200.00", note.paymentReference(), null)));
		assertThat(imported.matched()).isZero();
		assertThat(imported.unmatched()).isEqualTo(1);
	}

	private StatementImport importing(String statement) {
		return BillingFixtures.finance(() -> this.payments.importStatement(statement.getBytes(StandardCharsets.UTF_8)));
	}

	private List<ReceivedTransfer> unmatched() {
		return BillingFixtures.finance(() -> this.payments.unmatched());
	}

	private UUID transfer(long cents) {
		return unmatched().stream()
			.filter(transfer -> transfer.amountCents() == cents && transfer.bookedOn().getYear() == 2026)
			.map(ReceivedTransfer::id)
			.findFirst()
			.orElseThrow();
	}

	private InvoiceStanding standing(IssuedInvoice invoice) {
		return BillingFixtures.finance(() -> this.payments.standing(invoice.id()));
	}

	private IssuedInvoice issue(String euros) {
		Organisation client = this.billing.belgianClient();
		InvoiceDraft draft = BillingFixtures.finance(() -> this.invoices.order(new NewOrder(client.id(), null,
				List.of(new OrderLine("In-company training", 1, new BigDecimal(euros), VatTreatment.EXEMPT)))));
		return BillingFixtures.finance(() -> this.invoices.issue(draft.id()));
	}

	private static String digits(IssuedInvoice invoice) {
		return StructuredReference.parse(invoice.paymentReference()).digits();
	}

}
