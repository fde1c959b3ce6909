package org.tutela.billing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.catalog.Course;
import org.tutela.catalog.Session;
import org.tutela.catalog.VatTreatment;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.people.Organisation;
import org.tutela.personaldata.PersonId;
import org.tutela.requests.DataRequest;
import org.tutela.requests.ErasureOutcome;
import org.tutela.requests.ErasureOutcome.Kept;
import org.tutela.requests.RequestAnswers;
import org.tutela.requests.RequestFixtures;
import org.tutela.requests.Right;
import org.tutela.retention.HoldReason;
import org.tutela.retention.Retention;
import org.tutela.retention.RetentionFixtures;
import org.tutela.retention.SweepRun;
import org.tutela.testing.Mailbox;
import org.tutela.testing.MovableClock;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tutela.requests.RequestFixtures.dpo;

/**
 * Invoices kept by the training company's accounting rule (Belgian tax records: ten years
 * from the first of January after the year of the invoice): a client's invoice names its
 * participant, and keeps them, after their registration is anonymised, and is anonymised
 * itself on the first of January of the eleventh year after its own, unless a legal hold
 * keeps it; an erasure request leaves a private person's invoice as issued and says from
 * which day it can go (SKI-12). Each test issues in a year no other test numbers from.
 */
@SpringBootTest
@Import({ TrainingFixtures.class, BillingFixtures.class, RetentionFixtures.class, RequestFixtures.class,
		MovableClock.Configuration.class })
class InvoiceRetentionTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@Autowired
	MovableClock clock;

	@Autowired
	BillingFixtures billing;

	@Autowired
	RetentionFixtures retention;

	@Autowired
	RequestFixtures requests;

	@Autowired
	Retention holds;

	@Autowired
	RequestAnswers answers;

	@Autowired
	Invoices invoices;

	@Autowired
	InvoiceSending sending;

	@Autowired
	CreditNotes credits;

	@Autowired
	Payments payments;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void realTime() {
		this.clock.now();
	}

	@Test
	void anInvoiceOutlivesTheRegistrationItNamesAndIsAnonymisedOnTheFirstOfJanuaryOfTheEleventhYearAfterItsOwn() {
		this.clock.day(LocalDate.of(2008, 11, 3));
		Organisation client = this.billing.belgianClient();
		Course course = this.billing.course("Brandpreventie", 24_000, VatTreatment.EXEMPT);
		Session session = this.billing.session(course, LocalDate.of(2008, 12, 15), LocalDate.of(2008, 12, 15), true);
		Registration ann = this.billing.employee(session, client, "Ann", "Claes");
		Registration bert = this.billing.employee(session, client, "Bert", "Dierckx");
		Organisation heldClient = this.billing.belgianClient();
		Registration cas = this.billing.employee(session, heldClient, "Cas", "Evers");
		this.clock.day(LocalDate.of(2009, 1, 5));
		List<InvoiceDraft> drafted = BillingFixtures.finance(() -> this.invoices.draft(YearMonth.of(2008, 12)));
		IssuedInvoice invoice = issue(drafted, client);
		IssuedInvoice held = issue(drafted, heldClient);
		Staff.as(() -> this.holds.hold(cas.participant(), HoldReason.UNPAID_INVOICE, "contested invoice"), "backoffice",
				"people.read", "retention.manage");

		this.retention.sweep(LocalDate.of(2019, 1, 1));
		assertThat(this.retention.row(ann.id()).get("anonymised_on")).as("the registration's own rule has run out")
			.isNotNull();
		assertThat(participants(invoice.id())).as("the invoice still names them")
			.containsExactlyInAnyOrder(ann.participant().value(), bert.participant().value());

		SweepRun lastDayKept = this.retention.sweep(LocalDate.of(2019, 12, 31));
		assertThat(invoiceRow(invoice.id())).containsEntry("anonymised_on", null);
		assertThat(RetentionFixtures.line(lastDayKept, "billing", "invoices").cutoff())
			.isEqualTo(LocalDate.of(2008, 12, 31));

		SweepRun firstDayGone = this.retention.sweep(LocalDate.of(2020, 1, 1));
		Map<String, Object> row = invoiceRow(invoice.id());
		assertThat(row).containsEntry("number", invoice.number())
			.containsEntry("payable_cents", invoice.payableCents())
			.containsEntry("organisation_id", client.id())
			.containsEntry("pdf", null)
			.containsEntry("ubl", null)
			.containsEntry("buyer_email", null);
		assertThat(row.get("anonymised_on")).hasToString("2020-01-01");
		assertThat(participants(invoice.id())).as("no line names a participant").containsOnlyNulls();
		assertThat(descriptions(invoice.id())).containsOnly("-");
		assertThat(RetentionFixtures.line(firstDayGone, "billing", "invoices").reached()).isGreaterThanOrEqualTo(1);
		assertThat(invoiceRow(held.id())).as("a legal hold keeps the invoice naming Cas")
			.containsEntry("anonymised_on", null);
		assertThat(participants(held.id())).containsExactly(cas.participant().value());

		this.retention.sweep(LocalDate.of(2020, 1, 1));
		assertThat(invoiceRow(invoice.id())).as("a second sweep changes nothing").isEqualTo(row);
		assertThatThrownBy(() -> BillingFixtures.finance(() -> this.sending.send(invoice.id(), SendingChannel.EMAIL)))
			.as("an anonymised invoice is not sent again")
			.isInstanceOf(InvoiceAnonymised.class);
		assertThatThrownBy(() -> BillingFixtures.finance(() -> this.credits.creditInFull(invoice.id(), "Dubbel")))
			.as("nor credited")
			.isInstanceOf(InvoiceAnonymised.class);
	}

	@Test
	void aTransferPayingNoInvoiceLosesItsPayerOnTheFirstOfJanuaryOfTheEleventhYearAfterItWasBooked() {
		this.clock.day(LocalDate.of(2007, 3, 6));
		LocalDate booked = LocalDate.of(2007, 3, 5);
		BillingFixtures.finance(() -> this.payments.importStatement(Camt053
			.v02("STMT-2007-044", Camt053.credit("E-2007-1", "75.00", null, "lidgeld Jan").bookedOn(booked),
					Camt053.credit("E-2007-2", "12.50", null, "verkeerde rekening").bookedOn(booked))
			.getBytes(StandardCharsets.UTF_8)));
		List<UUID> transfers = this.jdbc
			.sql("SELECT id FROM billing_payment WHERE statement_id = 'STMT-2007-044' ORDER BY amount_cents")
			.query(UUID.class)
			.list();
		BillingFixtures.finance(() -> {
			this.payments.notOurs(transfers.get(0));
			return null;
		});

		this.retention.sweep(LocalDate.of(2017, 12, 31));
		assertThat(payers(transfers)).as("kept by the accounting rule").doesNotContainNull();

		SweepRun firstDayGone = this.retention.sweep(LocalDate.of(2018, 1, 1));
		assertThat(payers(transfers)).as("set aside and waiting alike").containsOnlyNulls();
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM billing_payment WHERE statement_id = 'STMT-2007-044'
					AND debtor_iban_cipher IS NULL AND remittance_cipher IS NULL AND amount_cents IN (1250, 7500)""")
			.query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(RetentionFixtures.line(firstDayGone, "billing", "transfers paying no invoice").reached())
			.isGreaterThanOrEqualTo(2);
	}

	@Test
	void anErasureLeavesAPrivatePersonsInvoiceAsIssuedAndNamesTheDayItCanGo_SKI12() throws Exception {
		this.clock.day(LocalDate.of(2025, 11, 3));
		Course course = this.billing.course("Ergonomie", 18_000, VatTreatment.EXEMPT);
		Session session = this.billing.session(course, LocalDate.of(2025, 12, 15), LocalDate.of(2025, 12, 15), true);
		Registration own = this.billing.privatePerson(session, "Els", "Wouters");
		this.clock.day(LocalDate.of(2026, 1, 5));
		IssuedInvoice invoice = BillingFixtures
			.finance(() -> this.invoices.issue(this.invoices.draft(YearMonth.of(2025, 12))
				.stream()
				.filter(draft -> draft.buyer().equals("Els Wouters"))
				.findFirst()
				.orElseThrow()
				.id()));
		this.clock.now();
		PersonId person = own.participant();
		DataRequest request = this.requests.verified(person, Right.ERASURE);

		ErasureOutcome outcome = dpo(() -> this.answers.erase(request.id()));

		assertThat(outcome.complete()).isFalse();
		assertThat(outcome.kept()).filteredOn(kept -> kept.activity().equals("billing"))
			.singleElement()
			.extracting(Kept::possibleFrom)
			.as("ten years from the first of January after the invoice's year")
			.isEqualTo(LocalDate.of(2037, 1, 1));
		assertThat(invoiceRow(invoice.id())).containsEntry("person_id", person.value())
			.containsEntry("buyer_name", "Els Wouters");
		assertThat(new String(BillingFixtures.finance(() -> this.invoices.ubl(invoice.id())), StandardCharsets.UTF_8))
			.as("the document stays as issued")
			.contains("Els Wouters");
		String email = this.jdbc.sql("SELECT buyer_email FROM billing_invoice WHERE id = :id")
			.param("id", invoice.id())
			.query(String.class)
			.single();
		assertThat(RequestFixtures.body(Mailbox.await(smtp, email, "Votre demande d'effacement"))).contains("2037");
	}

	private IssuedInvoice issue(List<InvoiceDraft> drafted, Organisation client) {
		InvoiceDraft draft = drafted.stream()
			.filter(candidate -> candidate.buyer().equals(client.name()))
			.findFirst()
			.orElseThrow();
		return BillingFixtures.finance(() -> this.invoices.issue(draft.id()));
	}

	private Map<String, Object> invoiceRow(UUID invoice) {
		return this.jdbc
			.sql("""
					SELECT number, payable_cents, organisation_id, person_id, buyer_name, buyer_email, pdf, ubl, anonymised_on
					FROM billing_invoice WHERE id = :id""")
			.param("id", invoice)
			.query()
			.singleRow();
	}

	private List<UUID> participants(UUID invoice) {
		return this.jdbc.sql("SELECT participant_id FROM billing_invoice_line WHERE invoice_id = :id")
			.param("id", invoice)
			.query(UUID.class)
			.list();
	}

	private List<String> descriptions(UUID invoice) {
		return this.jdbc.sql("SELECT description FROM billing_invoice_line WHERE invoice_id = :id")
			.param("id", invoice)
			.query(String.class)
			.list();
	}

	private List<@Nullable String> payers(List<UUID> transfers) {
		return this.jdbc.sql("SELECT debtor_name FROM billing_payment WHERE id IN (:ids)")
			.param("ids", transfers)
			.query((row, n) -> row.getString("debtor_name"))
			.list();
	}

}
