package org.tutela.billing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.billing.payment.Reminders;
import org.tutela.catalog.Course;
import org.tutela.catalog.Session;
import org.tutela.catalog.VatTreatment;
import org.tutela.disclosures.Disclosure;
import org.tutela.disclosures.Disclosures;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.people.Organisation;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.register.LegalBasis;
import org.tutela.register.RecipientType;
import org.tutela.retention.HoldReason;
import org.tutela.retention.LegalHold;
import org.tutela.retention.Retention;
import org.tutela.retention.SweepLine;
import org.tutela.retention.SweepRun;
import org.tutela.testing.MovableClock;
import org.tutela.testing.PdfText;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Collection with the training company's pack (MEZ-5): a client's invoice naming a
 * participant goes unpaid, is reminded 14 and 30 days after its due date and is ready 14
 * days after the last; finance hands it to the lawyer or bailiff the pack names, which
 * the disclosure log records with its basis and the persons, and which keeps the
 * participant's records out of the sweep that would otherwise reach them; once paid, the
 * hold is lifted and the next sweep reaches them. A hand-over too early, to a recipient
 * the pack does not name, or a second time is refused and nothing is stored.
 */
@SpringBootTest
@Import({ TrainingFixtures.class, BillingFixtures.class, MovableClock.Configuration.class })
class CollectionScenarioTests {

	private static final String BAILIFF = "Lawyer or bailiff";

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
	HandOvers handOvers;

	@Autowired
	CreditNotes credits;

	@Autowired
	Disclosures disclosures;

	@Autowired
	Retention retention;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PersonalDataCatalogue catalogue;

	@AfterEach
	void realTime() {
		this.clock.now();
	}

	@Test
	void anUnpaidInvoiceHandedToTheBailiffIsDisclosedAndKeepsTheParticipantHeldUntilItIsPaid_MEZ5() {
		Unpaid unpaid = unpaidInvoice(2011, "Ann", "Claes");
		IssuedInvoice invoice = unpaid.invoice();
		PersonId participant = unpaid.registration().participant();
		LocalDate due = invoice.dueDate();

		this.clock.day(due.plusDays(14));
		this.reminders.remind();
		this.clock.day(due.plusDays(30));
		this.reminders.remind();
		assertThat(standing(invoice)).extracting(InvoiceStanding::remindersSent, InvoiceStanding::readyForHandOver)
			.containsExactly(2, false);

		this.clock.day(due.plusDays(43));
		assertThatThrownBy(() -> handOver(invoice, BAILIFF)).isInstanceOf(InvoiceNotReadyForHandOver.class);
		assertThat(finance(() -> this.handOvers.of(invoice.id()))).as("nothing stored").isEmpty();

		this.clock.day(due.plusDays(44));
		assertThat(finance(() -> this.handOvers.agents())).containsExactly(BAILIFF);
		assertThat(finance(() -> this.handOvers.overdue()))
			.extracting(InvoiceStanding::id, InvoiceStanding::readyForHandOver)
			.contains(org.assertj.core.groups.Tuple.tuple(invoice.id(), true));
		HandOver handedOver = handOver(invoice, "lawyer or bailiff");
		assertThat(handedOver.recipient()).isEqualTo(BAILIFF);
		assertThat(handedOver.settled()).isFalse();
		assertThat(standing(invoice).readyForHandOver()).as("handed over: no longer waiting for it").isFalse();
		assertThat(finance(() -> this.handOvers.overdue())).extracting(InvoiceStanding::id)
			.doesNotContain(invoice.id());
		assertThat(finance(() -> this.handOvers.handedOver()))
			.filteredOn(listed -> listed.handOver().invoice().equals(invoice.id()))
			.singleElement()
			.satisfies(listed -> assertThat(listed.standing().openCents()).isEqualTo(19_500));

		Disclosure disclosure = Staff.as(() -> this.disclosures.about(participant), "audit.read")
			.stream()
			.filter(found -> invoice.number().equals(found.reference()))
			.findFirst()
			.orElseThrow();
		assertThat(disclosure.activity()).isEqualTo("billing");
		assertThat(disclosure.recipient()).isEqualTo(BAILIFF);
		assertThat(disclosure.recipientType()).isEqualTo(RecipientType.COLLECTION_AGENT);
		assertThat(disclosure.basis()).isEqualTo(LegalBasis.LEGAL_OBLIGATION);
		assertThat(disclosure.categories()).containsExactlyInAnyOrder(DataCategory.IDENTITY, DataCategory.CONTACT,
				DataCategory.FINANCIAL);
		assertThat(disclosure.persons()).containsExactly(participant);
		assertThat(disclosure.disclosedBy()).isNotEqualTo("system");
		assertThat(heldFor(participant)).as("held while the invoice is unpaid").containsExactly(invoice.number());
		assertThat(this.catalogue.export(participant).get("billing"))
			.filteredOn(record -> "billing_hand_over".equals(record.table()))
			.singleElement()
			.satisfies(
					record -> assertThat(record.fields()).containsEntry("recipient", BAILIFF).containsKey("handed_at"));

		Map<String, byte[]> collector = forTheCollector(invoice);
		assertThat(collector).containsOnlyKeys(invoice.number() + ".pdf", invoice.number() + "-collection.pdf");
		assertThat(PdfText.of(collector.get(invoice.number() + ".pdf"))).contains(invoice.number(), "Ann Claes");
		String sheet = PdfText.of(collector.get(invoice.number() + "-collection.pdf"));
		assertThat(sheet)
			.contains(unpaid.client(), "Kerkstraat 1", "9000 Gent", invoice.number(), "195,00", "2 juli 2011",
					"1 augustus 2011", "15 augustus 2011", "31 augustus 2011")
			.as("only what is needed to collect")
			.doesNotContain("Ann", "Claes", "Veilig werken", invoice.paymentReference());
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND detail = :detail")
			.param("detail", "invoice " + invoice.number() + " exported for collection")
			.query(Integer.class)
			.single()).as("the participant's export audited").isEqualTo(1);

		SweepRun held = sweep(LocalDate.of(2022, 1, 1));
		assertThat(participantOf(unpaid.registration())).as("kept: held").isEqualTo(participant.value());
		assertThat(line(held, "registrations").held()).isGreaterThanOrEqualTo(1);

		this.clock.day(LocalDate.of(2022, 1, 3));
		finance(() -> this.payments.importStatement(Camt053
			.v02("STMT-" + UUID.randomUUID().toString().substring(0, 8),
					Camt053.credit("E-" + invoice.number(), "195.00", invoice.paymentReference(), null))
			.getBytes(StandardCharsets.UTF_8)));
		assertThat(finance(() -> this.handOvers.of(invoice.id())))
			.hasValueSatisfying(settled -> assertThat(settled.settledAt()).isEqualTo(this.clock.instant()));
		assertThat(heldFor(participant)).as("lifted when paid").isEmpty();
		assertThat(liftedHolds(participant)).isEqualTo(1);

		SweepRun reached = sweep(LocalDate.of(2022, 1, 3));
		assertThat(participantOf(unpaid.registration())).as("reached once the hold is lifted").isNull();
		assertThat(line(reached, "registrations").reached()).isGreaterThanOrEqualTo(1);
	}

	@Test
	void anInvoiceCreditedInFullAfterItsHandOverIsSettledAndTheHoldLifted() {
		Unpaid unpaid = unpaidInvoice(2010, "Bert", "Dierckx");
		IssuedInvoice invoice = unpaid.invoice();
		PersonId participant = unpaid.registration().participant();
		this.clock.day(invoice.dueDate().plusDays(30));
		this.reminders.remind();
		this.clock.day(invoice.dueDate().plusDays(44));
		handOver(invoice, BAILIFF);
		assertThat(heldFor(participant)).containsExactly(invoice.number());

		InvoiceDraft credit = finance(() -> this.credits.creditInFull(invoice.id(), "Billed to the wrong client"));
		assertThat(heldFor(participant)).as("a draft credit note settles nothing").hasSize(1);
		finance(() -> this.invoices.issue(credit.id()));

		assertThat(finance(() -> this.handOvers.of(invoice.id())))
			.hasValueSatisfying(settled -> assertThat(settled.settled()).isTrue());
		assertThat(heldFor(participant)).isEmpty();
	}

	@Test
	void aHandOverTooEarlyToAnUnknownRecipientOrTwiceIsRefusedAndNothingIsStored() {
		Unpaid unpaid = unpaidInvoice(2009, "Cas", "Evers");
		IssuedInvoice invoice = unpaid.invoice();
		PersonId participant = unpaid.registration().participant();

		this.clock.day(invoice.dueDate().plusDays(10));
		assertThatThrownBy(() -> handOver(invoice, BAILIFF)).isInstanceOf(InvoiceNotReadyForHandOver.class);

		this.clock.day(invoice.dueDate().plusDays(30));
		this.reminders.remind();
		this.clock.day(invoice.dueDate().plusDays(44));
		assertThatThrownBy(() -> handOver(invoice, "Debt Buyers Ltd")).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.byField()).containsEntry("recipient", "billing.collection-agent"));
		assertThatThrownBy(() -> handOver(invoice, " ")).isInstanceOfSatisfying(InvalidInput.class,
				invalid -> assertThat(invalid.byField()).containsEntry("recipient", "required"));
		assertThat(finance(() -> this.handOvers.of(invoice.id()))).isEmpty();
		assertThat(heldFor(participant)).isEmpty();
		assertThat(Staff.as(() -> this.disclosures.about(participant), "audit.read")).isEmpty();

		handOver(invoice, BAILIFF);
		assertThatThrownBy(() -> handOver(invoice, BAILIFF)).isInstanceOf(InvoiceHandedOverBefore.class);
		assertThat(heldFor(participant)).as("one hold, not two").hasSize(1);
		assertThat(Staff.as(() -> this.disclosures.about(participant), "audit.read")).hasSize(1);
	}

	/**
	 * A client's employee trained in June of the year, the month invoiced and issued on 2
	 * July, nothing paid.
	 */
	private Unpaid unpaidInvoice(int year, String firstName, String lastName) {
		this.clock.day(LocalDate.of(year, 5, 2));
		Organisation client = this.billing.belgianClient();
		finance(() -> this.parties.record(client.id(), new BillingDetails(PaymentMethod.TRANSFER, null, null, null,
				null, null, BillingFixtures.email("facturen", "client"), "nl", null)));
		Course course = this.billing.course("Veilig werken", 19_500, VatTreatment.EXEMPT);
		Session session = this.billing.session(course, LocalDate.of(year, 6, 12), LocalDate.of(year, 6, 12), true);
		Registration registration = this.billing.employee(session, client, firstName, lastName);
		this.clock.day(LocalDate.of(year, 7, 2));
		InvoiceDraft draft = finance(() -> this.invoices.draft(YearMonth.of(year, 6))).stream()
			.filter(drafted -> drafted.buyer().equals(client.name()))
			.findFirst()
			.orElseThrow();
		IssuedInvoice invoice = finance(() -> this.invoices.issue(draft.id()));
		assertThat(invoice.payableCents()).isEqualTo(19_500);
		return new Unpaid(invoice, registration, client.name());
	}

	private Map<String, byte[]> forTheCollector(IssuedInvoice invoice) {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		finance(() -> this.handOvers.forTheCollector(invoice.id(), zip));
		Map<String, byte[]> files = new java.util.LinkedHashMap<>();
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()))) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				files.put(entry.getName(), entries.readAllBytes());
			}
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
		return files;
	}

	private HandOver handOver(IssuedInvoice invoice, String recipient) {
		return finance(() -> this.handOvers.handOver(invoice.id(), recipient));
	}

	private InvoiceStanding standing(IssuedInvoice invoice) {
		return finance(() -> this.payments.standing(invoice.id()));
	}

	private static <T> T finance(java.util.function.Supplier<T> work) {
		return BillingFixtures.finance(work);
	}

	private List<String> heldFor(PersonId person) {
		return Staff.as(() -> this.retention.holds(), "retention.manage")
			.stream()
			.filter(hold -> hold.person().equals(person) && hold.reason() == HoldReason.UNPAID_INVOICE)
			.map(LegalHold::note)
			.toList();
	}

	private int liftedHolds(PersonId person) {
		return this.jdbc
			.sql("SELECT COUNT(*) FROM retention_hold WHERE person_id = :person AND lifted_at IS NOT NULL"
					+ " AND reference IS NOT NULL")
			.param("person", person.value())
			.query(Integer.class)
			.single();
	}

	private SweepRun sweep(LocalDate day) {
		this.clock.day(day);
		return Staff.as(() -> this.retention.run(false), "retention.manage");
	}

	private @org.jspecify.annotations.Nullable Object participantOf(Registration registration) {
		Map<String, Object> row = this.jdbc.sql("SELECT participant_id FROM enrolment_registration WHERE id = :id")
			.param("id", registration.id())
			.query()
			.singleRow();
		return row.values().iterator().next();
	}

	private static SweepLine line(SweepRun run, String kind) {
		return run.lines()
			.stream()
			.filter(line -> "training-administration".equals(line.activity()) && kind.equals(line.kind()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no line for " + kind + " in " + run.lines()));
	}

	private record Unpaid(IssuedInvoice invoice, Registration registration, String client) {
	}

}
