package org.tutela.billing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.billing.payment.Reminders;
import org.tutela.catalog.VatTreatment;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.people.Organisation;
import org.tutela.testing.Mailbox;
import org.tutela.testing.MovableClock;
import org.tutela.testing.PdfText;
import org.tutela.testing.Smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Unpaid invoices are reminded on the training company's schedule (14 and 30 days after
 * the due date), by mail in the invoice's language, each step once, and are ready to hand
 * over 14 days after the last (MEZ-5); a paid invoice is not reminded; a client without
 * an e-mail address is reminded by a letter finance prints, once per step. The job runs
 * as the scheduler would, on a clock moved day by day.
 */
@SpringBootTest
@Import({ TrainingFixtures.class, BillingFixtures.class, MovableClock.Configuration.class })
class PaymentRemindersTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@Autowired
	MovableClock clock;

	@Autowired
	BillingFixtures billing;

	@Autowired
	Invoices invoices;

	@Autowired
	Parties parties;

	@Autowired
	Payments payments;

	@Autowired
	Reminders reminders;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void realTime() {
		this.clock.now();
	}

	@Test
	void anUnpaidInvoiceIsRemindedInItsLanguageAtEachStepOnceThenReadyToHandOverAndAPaidOneIsNot() throws Exception {
		this.clock.day(LocalDate.of(2015, 1, 5));
		String unpaidAddress = BillingFixtures.email("factures", "client");
		String paidAddress = BillingFixtures.email("facturen", "client");
		IssuedInvoice unpaid = issue(unpaidAddress, "fr", "250");
		IssuedInvoice paid = issue(paidAddress, "nl", "100");
		BillingFixtures.finance(() -> this.payments.importStatement(
				Camt053.v02("STMT-2015-1", Camt053.credit("E-2015-1", "100.00", paid.paymentReference(), null))
					.getBytes(StandardCharsets.UTF_8)));
		LocalDate due = unpaid.dueDate();

		this.clock.day(due.plusDays(13));
		this.reminders.remind();
		assertThat(steps(unpaid)).isEmpty();
		assertThat(standing(unpaid).overdue()).isTrue();

		this.clock.day(due.plusDays(14));
		this.reminders.remind();
		this.reminders.remind();
		assertThat(steps(unpaid)).containsExactly(1);
		MimeMessage first = Mailbox.await(smtp, unpaidAddress, "Rappel de paiement : facture " + unpaid.number())
			.get(0);
		assertThat(Mailbox.decoded((String) first.getContent())).contains("250,00", unpaid.paymentReference());

		this.clock.day(due.plusDays(30));
		this.reminders.remind();
		assertThat(steps(unpaid)).containsExactly(1, 2);
		MimeMessage last = Mailbox.await(smtp, unpaidAddress, "Dernier rappel : facture " + unpaid.number()).get(0);
		assertThat(Mailbox.decoded((String) last.getContent())).contains("huissier de justice");
		assertThat(standing(unpaid)).extracting(InvoiceStanding::remindersSent, InvoiceStanding::readyForHandOver)
			.containsExactly(2, false);

		this.clock.day(due.plusDays(44));
		this.reminders.remind();
		assertThat(steps(unpaid)).containsExactly(1, 2);
		assertThat(standing(unpaid).readyForHandOver()).isTrue();
		assertThat(Mailbox.to(smtp, unpaidAddress, "")).hasSize(2);
		assertThat(steps(paid)).isEmpty();
		assertThat(Mailbox.to(smtp, paidAddress, "")).isEmpty();
		assertThat(standing(paid))
			.extracting(InvoiceStanding::state, InvoiceStanding::overdue, InvoiceStanding::readyForHandOver)
			.containsExactly(InvoiceStanding.State.PAID, false, false);
	}

	@Test
	void aJobThatFindsAnInvoicePastBothStepsSendsOnlyTheLast() throws Exception {
		this.clock.day(LocalDate.of(2014, 2, 3));
		String address = BillingFixtures.email("finance", "client");
		IssuedInvoice invoice = issue(address, "en", "80");

		this.clock.day(invoice.dueDate().plusDays(35));
		this.reminders.remind();

		assertThat(steps(invoice)).containsExactly(2);
		Mailbox.await(smtp, address, "Last reminder: invoice " + invoice.number());
		assertThat(Mailbox.to(smtp, address, "")).hasSize(1);
	}

	@Test
	void aClientWithoutAnEmailAddressIsRemindedByALetterFinancePrintsOncePerStepThenReadyToHandOver() throws Exception {
		this.clock.day(LocalDate.of(2016, 3, 1));
		IssuedInvoice invoice = issue(null, "nl", "120");
		LocalDate due = invoice.dueDate();

		this.clock.day(due.plusDays(13));
		assertThat(standing(invoice).letterDue()).isZero();
		assertThatThrownBy(() -> letter(invoice)).isInstanceOf(ReminderLetterNotDue.class);

		this.clock.day(due.plusDays(14));
		this.reminders.remind();
		assertThat(steps(invoice)).as("no address to mail it to").isEmpty();
		assertThat(standing(invoice).letterDue()).isEqualTo(1);
		byte[] first = letter(invoice);
		PdfText.lookAt(first, "reminder-letter");
		assertThat(PdfText.of(first)).contains("Kerkstraat 1", "9000 Gent",
				"Betalingsherinnering: factuur " + invoice.number(), "120,00", invoice.paymentReference());
		assertThat(steps(invoice)).containsExactly(1);
		assertThat(standing(invoice).letterDue()).isZero();
		assertThatThrownBy(() -> letter(invoice)).as("each step printed once").isInstanceOf(ReminderLetterNotDue.class);

		this.clock.day(due.plusDays(30));
		assertThat(PdfText.of(letter(invoice))).contains("Laatste herinnering: factuur " + invoice.number(),
				"gerechtsdeurwaarder");
		this.clock.day(due.plusDays(44));
		assertThat(standing(invoice).readyForHandOver()).isTrue();
	}

	private byte[] letter(IssuedInvoice invoice) {
		return BillingFixtures.finance(() -> this.payments.reminderLetter(invoice.id()));
	}

	private IssuedInvoice issue(String address, String language, String euros) {
		Organisation client = this.billing.belgianClient();
		BillingFixtures.finance(() -> this.parties.record(client.id(),
				new BillingDetails(PaymentMethod.TRANSFER, null, null, null, null, null, address, language, null)));
		InvoiceDraft draft = BillingFixtures.finance(() -> this.invoices.order(new NewOrder(client.id(), null,
				List.of(new OrderLine("Coaching", 1, new BigDecimal(euros), VatTreatment.EXEMPT)))));
		return BillingFixtures.finance(() -> this.invoices.issue(draft.id()));
	}

	private InvoiceStanding standing(IssuedInvoice invoice) {
		return BillingFixtures.finance(() -> this.payments.standing(invoice.id()));
	}

	private List<Integer> steps(IssuedInvoice invoice) {
		return this.jdbc.sql("SELECT step FROM billing_reminder WHERE invoice_id = :invoice ORDER BY step")
			.param("invoice", invoice.id())
			.query(Integer.class)
			.list();
	}

}
