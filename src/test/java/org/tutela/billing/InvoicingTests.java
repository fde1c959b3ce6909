package org.tutela.billing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.catalog.Course;
import org.tutela.catalog.Session;
import org.tutela.catalog.VatTreatment;
import org.tutela.enrolment.Cancelling;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.people.Address;
import org.tutela.people.MembershipStatus;
import org.tutela.people.Organisation;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.testing.MovableClock;
import org.tutela.testing.PdfText;
import org.tutela.testing.Staff;
import org.tutela.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A client company's registrations invoiced per calendar month: one draft with a line per
 * registration, exempt and standard-rate lines each with their VAT, issued with the
 * year's numbers one after the other; a registration is never drafted twice, a private
 * person's registration is invoiced to them, and a cancellation after the free term with
 * the fee due is invoiced while one in time is not. Each test keeps to its own year, so
 * that its numbers start at 1.
 */
@SpringBootTest
@Import({ TrainingFixtures.class, BillingFixtures.class, MovableClock.Configuration.class })
class InvoicingTests {

	@Autowired
	MovableClock clock;

	@Autowired
	BillingFixtures billing;

	@Autowired
	Invoices invoices;

	@Autowired
	Parties parties;

	@Autowired
	Cancelling cancelling;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void realTime() {
		this.clock.now();
	}

	@Test
	void aClientsRegistrationsOfAMonthAreOneInvoiceWithExemptAndStandardLinesNumberedOneThenTwo() {
		this.clock.day(LocalDate.of(2024, 2, 1));
		Organisation client = client();
		Course safety = this.billing.course("Veilig werken", 19_500, VatTreatment.EXEMPT);
		Course excel = this.billing.course("Rekenblad", 32_000, VatTreatment.STANDARD);
		Session first = this.billing.session(safety, LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 11), true);
		Session second = this.billing.session(excel, LocalDate.of(2024, 3, 18), LocalDate.of(2024, 3, 19), true);
		this.billing.employee(first, client, "Ann", "Claes");
		this.clock.at(LocalDateTime.of(2024, 2, 1, 14, 0));
		this.billing.employee(first, client, "Bert", "Dierckx");
		this.billing.employee(second, client, "Cas", "Evers");
		Registration own = this.billing.privatePerson(second, "Élise", "Fontaine");

		this.clock.day(LocalDate.of(2024, 4, 1));
		List<InvoiceDraft> drafted = BillingFixtures.finance(() -> this.invoices.draft(YearMonth.of(2024, 3)));

		InvoiceDraft monthly = only(drafted, client.name());
		assertThat(monthly.month()).isEqualTo(YearMonth.of(2024, 3));
		assertThat(monthly.lines()).hasSize(3);
		assertThat(monthly.lines()).extracting(InvoiceLine::description)
			.containsExactly("Veilig werken, 11 mrt. 2024, deelnemer: Ann Claes",
					"Veilig werken, 11 mrt. 2024, deelnemer: Bert Dierckx",
					"Rekenblad, 18 mrt. 2024 – 19 mrt. 2024, deelnemer: Cas Evers");
		assertThat(monthly.lines()).extracting(InvoiceLine::category)
			.containsExactly(VatCategory.EXEMPT, VatCategory.EXEMPT, VatCategory.STANDARD);
		assertThat(monthly.lines().get(0).exemptionCode()).isEqualTo("VATEX-EU-132-1I");
		assertThat(monthly.lines().get(0).exemptionReason())
			.isEqualTo("Vrijgesteld van btw: beroepsopleiding, art. 44 §2 4° W.BTW");
		assertThat(monthly.lines().get(2).rate()).isEqualByComparingTo("21.00");
		assertThat(monthly.netCents()).isEqualTo(71_000);
		assertThat(monthly.vatCents()).isEqualTo(6_720);
		InvoiceDraft forHerself = only(drafted, "Élise Fontaine");
		assertThat(forHerself.language()).isEqualTo("fr");
		assertThat(forHerself.lines()).singleElement()
			.satisfies(line -> assertThat(line.description())
				.isEqualTo("Rekenblad, 18 mars 2024 – 19 mars 2024, participant : Élise Fontaine"));
		assertThat(registrationsOn(forHerself.id())).containsExactly(own.id());

		List<InvoiceDraft> again = BillingFixtures.finance(() -> this.invoices.draft(YearMonth.of(2024, 3)));
		assertThat(again).as("nothing left to draft").isEmpty();

		this.clock.day(LocalDate.of(2024, 4, 2));
		IssuedInvoice issued = BillingFixtures.finance(() -> this.invoices.issue(monthly.id()));
		assertThat(issued.number()).isEqualTo("2024-00001");
		assertThat(issued.issueDate()).isEqualTo(LocalDate.of(2024, 4, 2));
		assertThat(issued.dueDate()).isEqualTo(LocalDate.of(2024, 5, 2));
		assertThat(issued.payableCents()).isEqualTo(77_720);
		assertThat(issued.paymentReference()).isEqualTo(StructuredReference.of(2024_000_001L).toString());
		assertThat(new String(BillingFixtures.finance(() -> this.invoices.ubl(issued.id())), StandardCharsets.UTF_8))
			.contains("2024-00001");
		assertThat(PdfText.of(BillingFixtures.finance(() -> this.invoices.pdf(issued.id())))).contains("2024-00001");
		assertThat(BillingFixtures.finance(() -> this.invoices.issue(forHerself.id())).number())
			.isEqualTo("2024-00002");
		assertThatThrownBy(() -> BillingFixtures.finance(() -> this.invoices.issue(monthly.id())))
			.isInstanceOf(InvoiceIssued.class);
		assertThat(BillingFixtures.finance(() -> this.invoices.issued(2024))).extracting(IssuedInvoice::number)
			.containsExactly("2024-00001", "2024-00002");
		assertThat(BillingFixtures.finance(() -> this.invoices.drafts())).extracting(InvoiceDraft::id)
			.doesNotContain(monthly.id(), forHerself.id());
	}

	@Test
	void aCancellationAfterTheFreeTermWithTheFeeDueIsInvoicedAndOneInTimeIsNot() {
		this.clock.day(LocalDate.of(2022, 5, 2));
		Organisation client = client();
		Course course = this.billing.course("Heftruck", 25_000, VatTreatment.STANDARD);
		Session session = this.billing.session(course, LocalDate.of(2022, 5, 20), LocalDate.of(2022, 5, 20), true);
		Registration late = this.billing.employee(session, client, "Dirk", "Goossens");
		Registration inTime = this.billing.employee(session, client, "Fien", "Hermans");
		Staff.as(() -> this.cancelling.cancelFor(inTime.id(), client.contacts().get(0).person()), "portal");
		this.clock.day(LocalDate.of(2022, 5, 17));
		Registration cancelled = Staff.as(() -> this.cancelling.cancelFor(late.id(), client.contacts().get(0).person()),
				"portal");
		assertThat(cancelled.feeDue()).isTrue();

		this.clock.day(LocalDate.of(2022, 6, 1));
		InvoiceDraft draft = only(BillingFixtures.finance(() -> this.invoices.draft(YearMonth.of(2022, 5))),
				client.name());

		assertThat(draft.lines()).singleElement().satisfies(line -> {
			assertThat(line.description()).isEqualTo(
					"Heftruck, 20 mei 2022, deelnemer: Dirk Goossens, geannuleerd na de kosteloze annuleringstermijn");
			assertThat(line.unitPriceCents()).as("the full price: the course's terms set no other fee")
				.isEqualTo(25_000);
		});
		assertThat(registrationsOn(draft.id())).containsExactly(late.id());
	}

	@Test
	void anOnlineSessionForABusinessInAnotherMemberStateIsReverseChargedAndOneInARoomIsTaxedHere() {
		this.clock.day(LocalDate.of(2021, 9, 1));
		Organisation client = this.billing.client(null, new Address("Voorbeeldweg 1", "3511 AA", "Utrecht", "NL"));
		BillingFixtures.finance(() -> this.parties.record(client.id(),
				new BillingDetails(null, "9944", "NL004495445B01", "NL004495445B01", null, "PO-88", null, "en", null)));
		Course course = this.billing.course("Online safety", 15_000, VatTreatment.EXEMPT);
		Session online = this.billing.session(course, LocalDate.of(2021, 10, 4), LocalDate.of(2021, 10, 4), false);
		Session room = this.billing.session(course, LocalDate.of(2021, 10, 11), LocalDate.of(2021, 10, 11), true);
		this.billing.employee(online, client, "Hanne", "Jacobs");
		this.billing.employee(room, client, "Ilse", "Kools");

		this.clock.day(LocalDate.of(2021, 11, 1));
		InvoiceDraft draft = only(BillingFixtures.finance(() -> this.invoices.draft(YearMonth.of(2021, 10))),
				client.name());

		assertThat(draft.language()).isEqualTo("en");
		assertThat(draft.lines()).extracting(InvoiceLine::category, InvoiceLine::exemptionCode)
			.containsExactly(tuple(VatCategory.REVERSE_CHARGE, "VATEX-EU-AE"),
					tuple(VatCategory.EXEMPT, "VATEX-EU-132-1I"));
		assertThat(draft.lines().get(0).exemptionReason())
			.isEqualTo("Reverse charge: VAT to be accounted for by the customer, VAT Directive Art. 196");
		assertThat(draft.vatCents()).isZero();
	}

	@Test
	void anIndividualOrderIsDraftedWithItsFreeLinesAndAnAmountWithThreeDecimalsIsRefusedWithNothingKept() {
		Organisation client = client();
		NewOrder order = new NewOrder(client.id(), null,
				List.of(new OrderLine("In-company training, 12 June", 1, new BigDecimal("1450.00"),
						VatTreatment.EXEMPT),
						new OrderLine("Course books", 12, new BigDecimal("24.95"), VatTreatment.STANDARD)));

		InvoiceDraft draft = BillingFixtures.finance(() -> this.invoices.order(order));

		assertThat(draft.month()).isNull();
		assertThat(draft.lines())
			.extracting(InvoiceLine::description, InvoiceLine::quantity, InvoiceLine::unitPriceCents)
			.containsExactly(tuple("In-company training, 12 June", 1, 145_000L), tuple("Course books", 12, 2_495L));
		assertThat(draft.netCents()).isEqualTo(174_940);
		assertThat(draft.vatCents()).isEqualTo(6_287);

		int before = drafts();
		NewOrder threeDecimals = new NewOrder(client.id(), null,
				List.of(new OrderLine("Course books", 1, new BigDecimal("24.955"), VatTreatment.STANDARD)));
		assertThatThrownBy(() -> BillingFixtures.finance(() -> this.invoices.order(threeDecimals)))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.byField())
				.containsExactlyEntriesOf(Map.of("lines[0].unitPrice", "billing.cents")));
		assertThat(drafts()).as("nothing kept").isEqualTo(before);
	}

	@Test
	void aClientPayingThroughTheKmoPortefeuilleHasItsProjectAndTheProvidersRegistrationOnTheInvoice()
			throws IOException {
		Organisation client = client();
		BillingFixtures.finance(() -> this.parties.record(client.id(),
				new BillingDetails(null, null, null, null, "PO-31", null, null, "nl", " KMO-2026/48215 ")));

		IssuedInvoice issued = issue(order(client));

		String note = "Betaald via de kmo-portefeuille: project KMO-2026/48215, registratienummer dienstverlener DV.O104567";
		String ubl = new String(BillingFixtures.finance(() -> this.invoices.ubl(issued.id())), StandardCharsets.UTF_8);
		assertThat(ubl).as("the invoice's note (BT-22), which the rules passed")
			.contains("<cbc:Note>" + note + "</cbc:Note>");
		byte[] pdf = BillingFixtures.finance(() -> this.invoices.pdf(issued.id()));
		PdfText.lookAt(pdf, "invoice-kmo-portefeuille");
		assertThat(PdfText.of(pdf)).contains("Opmerking", note);
		assertThat(this.jdbc.sql("SELECT kmo_project FROM billing_invoice WHERE id = :id")
			.param("id", issued.id())
			.query(String.class)
			.single()).isEqualTo("KMO-2026/48215");

		IssuedInvoice withoutProject = issue(order(client()));
		assertThat(new String(BillingFixtures.finance(() -> this.invoices.ubl(withoutProject.id())),
				StandardCharsets.UTF_8))
			.doesNotContain("kmo-portefeuille");
	}

	@Test
	void theMembersOfAYearAreEachDraftedOneFeeInvoiceThatPassesTheRulesAndNeverASecond() {
		this.clock.day(LocalDate.of(2015, 1, 5));
		Organisation allYear = this.billing.member(MembershipStatus.MEMBER, LocalDate.of(2012, 3, 1), null);
		Organisation joined = this.billing.member(MembershipStatus.MEMBER, LocalDate.of(2015, 6, 1), null);
		Organisation left = this.billing.member(MembershipStatus.FORMER_MEMBER, LocalDate.of(2010, 1, 1),
				LocalDate.of(2015, 2, 28));
		Organisation leftBefore = this.billing.member(MembershipStatus.FORMER_MEMBER, LocalDate.of(2010, 1, 1),
				LocalDate.of(2014, 12, 31));
		Organisation joinsLater = this.billing.member(MembershipStatus.MEMBER, LocalDate.of(2016, 1, 1), null);
		Organisation client = client();
		List<UUID> ours = List.of(allYear.id(), joined.id(), left.id(), leftBefore.id(), joinsLater.id(), client.id());

		List<InvoiceDraft> drafted = BillingFixtures.finance(() -> this.invoices.draftMembershipFees(Year.of(2015)));
		List<InvoiceDraft> fees = drafted.stream().filter(draft -> ours.contains(buyerOf(draft.id()))).toList();
		drafted.stream().filter(draft -> !fees.contains(draft)).forEach(other -> BillingFixtures.finance(() -> {
			this.invoices.discard(other.id());
			return null;
		}));

		assertThat(fees).extracting(InvoiceDraft::buyer)
			.containsExactlyInAnyOrder(allYear.name(), joined.name(), left.name());
		InvoiceDraft fee = only(fees, allYear.name());
		assertThat(fee.membershipYear()).isEqualTo(2015);
		assertThat(fee.month()).isNull();
		assertThat(fee.lines()).singleElement().satisfies(line -> {
			assertThat(line.description()).isEqualTo("Lidgeld 2015");
			assertThat(line.unitPriceCents()).isEqualTo(25_000);
			assertThat(line.category()).isEqualTo(VatCategory.STANDARD);
			assertThat(line.rate()).isEqualByComparingTo("21.00");
		});
		assertThat(fee.payableCents()).isEqualTo(30_250);
		IssuedInvoice issued = issue(fee);
		assertThat(PdfText.of(BillingFixtures.finance(() -> this.invoices.pdf(issued.id())))).contains("Lidgeld 2015");

		assertThat(BillingFixtures.finance(() -> this.invoices.draftMembershipFees(Year.of(2015))))
			.as("every member's fee of the year is on an invoice, issued or drafted")
			.extracting(InvoiceDraft::id)
			.noneMatch(id -> ours.contains(buyerOf(id)));
		assertThat(BillingFixtures.finance(() -> this.invoices.draftMembershipFees(Year.of(2016))))
			.extracting(InvoiceDraft::buyer)
			.contains(allYear.name(), joined.name(), joinsLater.name())
			.doesNotContain(left.name(), leftBefore.name(), client.name());
	}

	@Test
	void anIssueTheRulesRefuseStaysADraftAndItsNumberGoesToTheNextInvoice() {
		this.clock.day(LocalDate.of(2023, 3, 1));
		Organisation belgian = client();
		Organisation dutch = this.billing.client(null, new Address("Voorbeeldweg 1", "3511 AA", "Utrecht", "NL"));
		BillingFixtures.finance(() -> this.parties.record(dutch.id(),
				new BillingDetails(null, null, null, "NL004495445B01", "PO-7", null, null, "en", null)));
		assertThat(issue(order(belgian)).number()).isEqualTo("2023-00001");
		InvoiceDraft withoutAddress = order(dutch);

		assertThatThrownBy(() -> issue(withoutAddress)).isInstanceOfSatisfying(InvoiceBreaksRules.class,
				refused -> assertThat(refused.rules()).extracting(InvoiceBreaksRules.BrokenRule::id)
					.as("a business in Peppol needs its electronic address")
					.contains("PEPPOL-EN16931-R010"));
		assertThat(BillingFixtures.finance(() -> this.invoices.drafts())).extracting(InvoiceDraft::id)
			.contains(withoutAddress.id());
		assertThat(lastNumber(2023)).isEqualTo(1);

		assertThat(issue(order(belgian)).number()).isEqualTo("2023-00002");
		BillingFixtures.finance(() -> this.parties.record(dutch.id(),
				new BillingDetails(null, "9944", "NL004495445B01", "NL004495445B01", "PO-7", null, null, "en", null)));
		assertThat(issue(withoutAddress).number()).isEqualTo("2023-00003");
		assertThat(BillingFixtures.finance(() -> this.invoices.issued(2023))).extracting(IssuedInvoice::number)
			.containsExactly("2023-00001", "2023-00002", "2023-00003");
	}

	/**
	 * PostgreSQL holds each issue at the year's counter until the one before it ends; the
	 * embedded database waits two seconds, then refuses an issue, which stays a draft.
	 */
	@Test
	void draftsIssuedAtTheSameTimeTakeTheYearsNumbersOneAfterTheOtherWithoutGaps() throws Exception {
		this.clock.day(LocalDate.of(2019, 6, 3));
		Organisation client = client();
		List<InvoiceDraft> drafts = List.of(order(client), order(client), order(client), order(client));
		List<String> numbers = new ArrayList<>();
		List<InvoiceDraft> refused = new ArrayList<>();
		ExecutorService threads = Executors.newFixedThreadPool(drafts.size());
		try {
			List<Future<IssuedInvoice>> issuing = threads
				.invokeAll(drafts.stream().map(draft -> (Callable<IssuedInvoice>) () -> issue(draft)).toList());
			for (int i = 0; i < drafts.size(); i++) {
				try {
					numbers.add(issuing.get(i).get().number());
				}
				catch (ExecutionException busy) {
					assertThat(busy.getCause()).isInstanceOf(InvoiceNumberingBusy.class);
					refused.add(drafts.get(i));
				}
			}
		}
		finally {
			threads.shutdown();
		}
		if (TestDatabase.isPostgres()) {
			assertThat(refused).as("PostgreSQL waits").isEmpty();
		}
		refused.forEach(draft -> numbers.add(issue(draft).number()));

		assertThat(numbers).containsExactlyInAnyOrder("2019-00001", "2019-00002", "2019-00003", "2019-00004");
		assertThat(lastNumber(2019)).isEqualTo(4);
	}

	private Organisation client() {
		return this.billing.belgianClient();
	}

	private static InvoiceDraft only(List<InvoiceDraft> drafts, String buyer) {
		return drafts.stream().filter(draft -> draft.buyer().equals(buyer)).reduce((one, other) -> {
			throw new AssertionError("two drafts for " + buyer);
		}).orElseThrow(() -> new AssertionError("no draft for " + buyer));
	}

	private List<UUID> registrationsOn(UUID invoice) {
		return this.jdbc
			.sql("SELECT registration_id FROM billing_invoice_line WHERE invoice_id = :invoice ORDER BY position")
			.param("invoice", invoice)
			.query(UUID.class)
			.list();
	}

	private InvoiceDraft order(Organisation client) {
		return BillingFixtures.finance(() -> this.invoices.order(new NewOrder(client.id(), null,
				List.of(new OrderLine("In-company training", 1, new BigDecimal("950"), VatTreatment.EXEMPT)))));
	}

	private IssuedInvoice issue(InvoiceDraft draft) {
		return BillingFixtures.finance(() -> this.invoices.issue(draft.id()));
	}

	private int lastNumber(int year) {
		return this.jdbc.sql("SELECT last_number FROM billing_invoice_counter WHERE invoice_year = :year")
			.param("year", year)
			.query(Integer.class)
			.single();
	}

	private UUID buyerOf(UUID invoice) {
		return this.jdbc.sql("SELECT organisation_id FROM billing_invoice WHERE id = :id")
			.param("id", invoice)
			.query(UUID.class)
			.single();
	}

	private int drafts() {
		return this.jdbc.sql("SELECT COUNT(*) FROM billing_invoice WHERE number IS NULL").query(Integer.class).single();
	}

}
