package org.tutela.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
import org.tutela.personaldata.ErasureMode;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.requests.ErasureOutcome;
import org.tutela.requests.fulfil.Erasures;
import org.tutela.testing.MovableClock;
import org.tutela.testing.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What billing holds about a person, through the catalogue: an export names the invoices
 * they are the buyer of and the lines that name them as a participant; an erasure leaves
 * issued invoices as they were issued, as the law keeps them, and under the training
 * company's pack keeps the rest restricted under the billing activity; where a pack lets
 * billing's data go, the person leaves the drafts.
 */
@SpringBootTest
@Import({ TrainingFixtures.class, BillingFixtures.class, MovableClock.Configuration.class })
class BillingPrivacyTests {

	@Autowired
	MovableClock clock;

	@Autowired
	TrainingFixtures training;

	@Autowired
	BillingFixtures billing;

	@Autowired
	Invoices invoices;

	@Autowired
	PersonalDataCatalogue catalogue;

	@Autowired
	Erasures erasures;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void realTime() {
		this.clock.now();
	}

	@Test
	void anExportNamesThePersonsInvoicesAndTheLinesNamingThem() {
		Invoiced invoiced = invoiced(LocalDate.of(2020, 2, 3));

		List<PersonalRecord> held = this.catalogue.export(invoiced.buyer()).get("billing");

		assertThat(held).extracting(PersonalRecord::label).contains("invoice", "invoice line");
		assertThat(held).filteredOn(record -> "invoice".equals(record.label()))
			.anySatisfy(record -> assertThat(record.fields()).containsEntry("number", invoiced.number())
				.containsEntry("buyer_name", "Joke Lambrechts"));
		assertThat(this.catalogue.export(invoiced.participant()).get("billing")).singleElement()
			.satisfies(record -> assertThat(record.fields().get("description")).contains("Karel Maes"));
	}

	@Test
	void anErasureRequestKeepsIssuedInvoicesUnderTheBillingActivity() {
		Invoiced invoiced = invoiced(LocalDate.of(2020, 5, 4));
		Map<String, Object> before = issued(invoiced.invoice());

		ErasureOutcome outcome = Staff.as(() -> this.erasures.erase(invoiced.buyer(), "asked by mail"),
				"requests.manage");

		assertThat(outcome.kept()).extracting(ErasureOutcome.Kept::activity).contains("billing");
		assertThat(issued(invoiced.invoice())).isEqualTo(before);
	}

	@Test
	void whereThePackLetsBillingDataGoThePersonLeavesTheDraftsAndIssuedInvoicesStay() {
		Invoiced invoiced = invoiced(LocalDate.of(2020, 8, 3));
		Map<String, Object> before = issued(invoiced.invoice());

		this.catalogue.erase(invoiced.participant(),
				module -> module.equals("billing") ? Optional.of(ErasureMode.DELETE) : Optional.empty());

		assertThat(issued(invoiced.invoice())).isEqualTo(before);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM billing_invoice_line WHERE invoice_id = :draft")
			.param("draft", invoiced.draft())
			.query(Integer.class)
			.single()).as("the company's draft names the participant no longer").isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM billing_invoice WHERE id = :draft")
			.param("draft", invoiced.draft())
			.query(Integer.class)
			.single()).as("a draft left without lines goes").isZero();
	}

	/**
	 * A private person invoiced for their own registration, and a participant a client
	 * registered, whose company's invoice is still a draft; in the month after
	 * {@code day}.
	 */
	private Invoiced invoiced(LocalDate day) {
		this.clock.day(day);
		Organisation client = this.training.client(BillingFixtures.email("hr", "client"));
		Course course = this.billing.course("Brandpreventie", 12_000, VatTreatment.STANDARD);
		LocalDate held = day.plusDays(14);
		Session session = this.billing.session(course, held, held, true);
		Registration own = this.billing.privatePerson(session, "Joke", "Lambrechts");
		Registration employee = this.billing.employee(session, client, "Karel", "Maes");
		this.clock.day(held.plusMonths(1));
		List<InvoiceDraft> drafted = BillingFixtures.finance(() -> this.invoices.draft(YearMonth.from(held)));
		UUID mine = drafted.stream()
			.filter(draft -> draft.buyer().equals("Joke Lambrechts"))
			.findFirst()
			.orElseThrow()
			.id();
		UUID company = drafted.stream()
			.filter(draft -> draft.buyer().equals(client.name()))
			.findFirst()
			.orElseThrow()
			.id();
		IssuedInvoice issued = BillingFixtures.finance(() -> this.invoices.issue(mine));
		return new Invoiced(own.participant(), employee.participant(), issued.id(), issued.number(), company);
	}

	/** The issued invoice as kept, its documents as text to compare. */
	private Map<String, Object> issued(UUID invoice) {
		Map<String, Object> row = new HashMap<>(this.jdbc.sql("""
				SELECT person_id, number, issue_date, buyer_name, buyer_email, payable_cents, ubl, pdf
				FROM billing_invoice WHERE id = :id""").param("id", invoice).query().singleRow());
		row.replaceAll((column, value) -> value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value);
		return row;
	}

	private record Invoiced(PersonId buyer, PersonId participant, UUID invoice, String number, UUID draft) {
	}

}
