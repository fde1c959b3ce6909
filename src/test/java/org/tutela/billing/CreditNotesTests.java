package org.tutela.billing;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

import com.helger.phive.peppol.PeppolValidation2026_05;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.billing.document.OfficialRules;
import org.tutela.catalog.Course;
import org.tutela.catalog.Session;
import org.tutela.catalog.VatTreatment;
import org.tutela.enrolment.Cancelling;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.people.Organisation;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.testing.Http;
import org.tutela.testing.HttpTest;
import org.tutela.testing.MovableClock;
import org.tutela.testing.PdfText;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;
import org.w3c.dom.Document;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Credit notes by the course's cancellation terms (issue 24): a client company's
 * registrations invoiced in advance, then one cancelled in the free term, one late with
 * the fee due and one late with the fee waived by staff; finance drafts a credit note for
 * the invoice with the two free of charge, issues it in the invoices' series, and it
 * passes Peppol BIS Billing 3.0 naming the invoice it corrects. An invoice credited in
 * full takes what is left, once; a draft, an unknown invoice and a second credit are
 * refused with nothing written. Each test keeps to its own year, so that its numbers
 * start at 1.
 */
@HttpTest
@Import({ TrainingFixtures.class, BillingFixtures.class, MovableClock.Configuration.class })
class CreditNotesTests {

	@Autowired
	MovableClock clock;

	@Autowired
	BillingFixtures billing;

	@Autowired
	Invoices invoices;

	@Autowired
	CreditNotes creditNotes;

	@Autowired
	InvoiceExports exports;

	@Autowired
	Cancelling cancelling;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Http http;

	@Autowired
	JsonMapper json;

	@Autowired
	TestAccounts accounts;

	@AfterEach
	void realTime() {
		this.clock.now();
	}

	@Test
	void aCancellationInTheFreeTermAndOneWithTheFeeWaivedAreCreditedAndALateOneWithTheFeeDueIsNot() {
		this.clock.day(LocalDate.of(2014, 2, 3));
		Organisation client = this.billing.belgianClient();
		Course course = this.billing.course("Veilig werken", 19_500, VatTreatment.EXEMPT);
		Session session = this.billing.session(course, LocalDate.of(2014, 3, 20), LocalDate.of(2014, 3, 20), true);
		List<Registration> registered = employees(session, client, "Ann Claes", "Bert Dierckx", "Cas Evers",
				"Dirk Goossens");
		Registration inTime = registered.get(0);
		Registration late = registered.get(1);
		Registration waived = registered.get(2);
		this.clock.day(LocalDate.of(2014, 2, 10));
		IssuedInvoice invoice = issue(only(finance(() -> this.invoices.draft(YearMonth.of(2014, 3)))));
		assertThat(invoice.number()).isEqualTo("2014-00001");
		assertThat(invoice.payableCents()).isEqualTo(78_000);

		this.clock.day(LocalDate.of(2014, 3, 1));
		Staff.as(() -> this.cancelling.cancelFor(inTime.id(), client.contacts().get(0).person()), "portal");
		this.clock.day(LocalDate.of(2014, 3, 18));
		assertThat(Staff.as(() -> this.cancelling.cancelFor(late.id(), client.contacts().get(0).person()), "portal")
			.feeDue()).as("late: the fee is due").isTrue();
		assertThat(Staff.coordinator(() -> this.cancelling.cancel(waived.id(), false)).feeDue())
			.as("staff waive the fee")
			.isFalse();

		this.clock.day(LocalDate.of(2014, 3, 19));
		InvoiceDraft draft = creditNoteFor("2014-00001");
		assertThat(draft.kind()).isEqualTo(DocumentKind.CREDIT_NOTE);
		assertThat(draft.buyer()).isEqualTo(client.name());
		assertThat(draft.lines()).extracting(InvoiceLine::description)
			.containsExactly("Veilig werken, 20 mrt. 2014, deelnemer: Ann Claes",
					"Veilig werken, 20 mrt. 2014, deelnemer: Cas Evers");
		assertThat(draft.lines()).extracting(InvoiceLine::category, InvoiceLine::exemptionCode)
			.containsOnly(tuple(VatCategory.EXEMPT, "VATEX-EU-132-1I"));
		assertThat(draft.payableCents()).isEqualTo(39_000);
		assertThat(creditedOf(invoice.id())).as("the invoice's lines of Ann and Cas").containsExactly(1, 3);
		assertThat(finance(() -> this.creditNotes.draftForCancellations()))
			.as("a line held by a credit note is not credited again")
			.noneMatch(credit -> "2014-00001".equals(credit.corrects()));

		IssuedInvoice creditNote = issue(draft);

		assertThat(creditNote.number()).as("the invoices' series, decision 017").isEqualTo("2014-00002");
		assertThat(creditNote.kind()).isEqualTo(DocumentKind.CREDIT_NOTE);
		assertThat(creditNote.corrects()).isEqualTo("2014-00001");
		assertThat(creditNote.payableCents()).isEqualTo(39_000);
		byte[] ubl = finance(() -> this.invoices.ubl(creditNote.id()));
		assertThat(OfficialRules.check(ubl, PeppolValidation2026_05.VID_OPENPEPPOL_CREDIT_NOTE_UBL_V3).getAllErrors())
			.isEmpty();
		Document document = OfficialRules.parse(ubl);
		assertThat(document.getElementsByTagNameNS("*", "CreditNoteTypeCode").item(0).getTextContent())
			.isEqualTo("381");
		assertThat(document.getElementsByTagNameNS("*", "InvoiceDocumentReference").item(0).getTextContent())
			.contains("2014-00001", "2014-02-10");
		assertThat(document.getElementsByTagNameNS("*", "Note").item(0).getTextContent()).isEqualTo(
				"Creditering van inschrijvingen die kosteloos geannuleerd zijn volgens de voorwaarden van de opleiding");
		assertThat(PdfText.of(finance(() -> this.invoices.pdf(creditNote.id())))).contains("Creditnota", "2014-00002",
				"Corrigeert factuur 2014-00001 van 10 februari 2014", "Ann Claes", "Cas Evers");
		assertThat(finance(() -> this.invoices.issued(2014))).extracting(IssuedInvoice::number, IssuedInvoice::kind)
			.containsExactly(tuple("2014-00001", DocumentKind.INVOICE), tuple("2014-00002", DocumentKind.CREDIT_NOTE));
		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		finance(() -> {
			this.exports.csv(new InvoiceExports.Period(LocalDate.of(2014, 1, 1), LocalDate.of(2014, 12, 31)),
					Locale.forLanguageTag("en"), csv);
			return null;
		});
		assertThat(csv.toString(StandardCharsets.UTF_8).lines().toList()).as("the accountant's list")
			.filteredOn(row -> row.startsWith("2014-00002,"))
			.singleElement()
			.satisfies(row -> assertThat(row).contains(",-390.00,0.00,-390.00,EUR,").endsWith(",2014-00001"));
	}

	@Test
	void anInvoiceCreditedInFullTakesWhatIsLeftOnceAndADraftAnUnknownInvoiceOrASecondCreditAreRefusedWithNothingWritten() {
		this.clock.day(LocalDate.of(2013, 5, 6));
		Organisation client = this.billing.belgianClient();
		Course course = this.billing.course("Heftruck", 25_000, VatTreatment.STANDARD);
		Session session = this.billing.session(course, LocalDate.of(2013, 6, 10), LocalDate.of(2013, 6, 10), true);
		Registration first = employees(session, client, "Eva Hermans", "Frank Jacobs").get(0);
		InvoiceDraft monthly = only(finance(() -> this.invoices.draft(YearMonth.of(2013, 6))));
		IssuedInvoice invoice = issue(monthly);
		Staff.coordinator(() -> this.cancelling.cancel(first.id(), false));
		InvoiceDraft cancelled = creditNoteFor(invoice.number());
		assertThat(cancelled.lines()).hasSize(1);
		InvoiceDraft order = finance(() -> this.invoices.order(new NewOrder(client.id(), null,
				List.of(new OrderLine("Course books", 2, new BigDecimal("24.95"), VatTreatment.STANDARD)))));
		int[] before = written();

		assertThatThrownBy(() -> finance(() -> this.creditNotes.creditInFull(order.id(), "Wrong client")))
			.isInstanceOf(InvoiceNotIssued.class);
		assertThatThrownBy(() -> finance(() -> this.creditNotes.creditInFull(UUID.randomUUID(), "Wrong client")))
			.isInstanceOf(InvoiceNotFound.class);
		assertThatThrownBy(() -> finance(() -> this.creditNotes.creditInFull(invoice.id(), "  ")))
			.isInstanceOfSatisfying(InvalidInput.class,
					invalid -> assertThat(invalid.byField()).containsEntry("reason", "billing.reason"));
		assertThat(written()).as("nothing written").isEqualTo(before);

		InvoiceDraft whole = finance(() -> this.creditNotes.creditInFull(invoice.id(), "Invoiced to the wrong client"));
		assertThat(whole.lines()).as("what the cancellation's credit note leaves")
			.extracting(InvoiceLine::description)
			.containsExactly("Heftruck, 10 jun. 2013, deelnemer: Frank Jacobs");
		assertThat(whole.reason()).isEqualTo("Invoiced to the wrong client");
		int[] credited = written();
		assertThatThrownBy(() -> finance(() -> this.creditNotes.creditInFull(invoice.id(), "Again")))
			.isInstanceOf(InvoiceCredited.class);
		assertThat(written()).as("nothing written").isEqualTo(credited);
		assertThatThrownBy(() -> this.jdbc.sql("""
				INSERT INTO billing_invoice_line (invoice_id, position, description, quantity, unit_price_cents,
					vat_category, vat_rate, credited_invoice_id, credited_position)
				VALUES (:note, 9, 'again', 1, 25000, 'S', 21, :invoice, 2)""")
			.param("note", cancelled.id())
			.param("invoice", invoice.id())
			.update()).as("the schema credits a line once").isInstanceOf(DuplicateKeyException.class);

		IssuedInvoice wholeIssued = issue(whole);
		assertThat(PdfText.of(finance(() -> this.invoices.pdf(wholeIssued.id())))).contains("Creditnota",
				"Reden Invoiced to the wrong client");
		assertThatThrownBy(() -> finance(() -> this.creditNotes.creditInFull(wholeIssued.id(), "Credit the credit")))
			.isInstanceOf(CreditNoteNotCredited.class);
		assertThat(issue(cancelled).corrects()).isEqualTo(invoice.number());

		int[] beforeHttp = written();
		String finance = this.accounts.of(Role.FINANCE).basic();
		HttpResponse<String> twice = this.http.postJson("/api/v1/billing/invoices/" + invoice.id() + "/credit",
				"{\"reason\": \"Twice\"}", "Authorization", finance, "Accept-Language", "en");
		assertThat(twice.statusCode()).isEqualTo(409);
		assertThat(twice.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(this.json.readTree(twice.body()).get("type").asString())
			.isEqualTo("urn:tutela:problem:invoice-credited");
		assertThat(this.json.readTree(twice.body()).get("detail").asString()).isEqualTo("Every line of invoice "
				+ invoice.number() + " is on a credit note already: nothing is left to credit.");
		HttpResponse<String> ofADraft = this.http.postJson("/api/v1/billing/invoices/" + order.id() + "/credit",
				"{\"reason\": \"Draft\"}", "Authorization", finance, "Accept-Language", "en");
		assertThat(ofADraft.statusCode()).isEqualTo(409);
		assertThat(this.json.readTree(ofADraft.body()).get("type").asString())
			.isEqualTo("urn:tutela:problem:invoice-not-issued");
		HttpResponse<String> unknown = this.http.postJson("/api/v1/billing/invoices/" + UUID.randomUUID() + "/credit",
				"{\"reason\": \"Unknown\"}", "Authorization", finance, "Accept-Language", "en");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(written()).as("nothing written over HTTP").isEqualTo(beforeHttp);
	}

	/**
	 * The client's employees registered one minute after the other, so that the invoice's
	 * lines follow in this order.
	 */
	private List<Registration> employees(Session session, Organisation client, String... names) {
		List<Registration> registered = new ArrayList<>();
		for (String name : names) {
			this.clock.at(LocalDateTime.now(this.clock).plusMinutes(1));
			String[] parts = name.split(" ");
			registered.add(this.billing.employee(session, client, parts[0], parts[1]));
		}
		return registered;
	}

	/** The credit note drafted for the cancellations on the invoice. */
	private InvoiceDraft creditNoteFor(String invoice) {
		return only(finance(() -> this.creditNotes.draftForCancellations()).stream()
			.filter(credit -> invoice.equals(credit.corrects()))
			.toList());
	}

	private List<Integer> creditedOf(UUID invoice) {
		return this.jdbc.sql("""
				SELECT credited_position FROM billing_invoice_line WHERE credited_invoice_id = :invoice
				ORDER BY credited_position""").param("invoice", invoice).query(Integer.class).list();
	}

	/** How many documents and lines are kept. */
	private int[] written() {
		return new int[] { this.jdbc.sql("SELECT COUNT(*) FROM billing_invoice").query(Integer.class).single(),
				this.jdbc.sql("SELECT COUNT(*) FROM billing_invoice_line").query(Integer.class).single() };
	}

	private static <T> T finance(Supplier<T> work) {
		return BillingFixtures.finance(work);
	}

	private static InvoiceDraft only(List<InvoiceDraft> drafts) {
		assertThat(drafts).hasSize(1);
		return drafts.get(0);
	}

	private IssuedInvoice issue(InvoiceDraft draft) {
		return finance(() -> this.invoices.issue(draft.id()));
	}

}
