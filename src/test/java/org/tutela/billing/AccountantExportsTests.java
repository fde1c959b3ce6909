package org.tutela.billing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.billing.InvoiceExports.Period;
import org.tutela.catalog.Course;
import org.tutela.catalog.Session;
import org.tutela.catalog.VatTreatment;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.people.Organisation;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.crypto.KeyedHash;
import org.tutela.testing.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accountant's files for April: the two invoices issued that month as CSV rows with
 * their amounts and structured communication, in the reader's language's column names,
 * and their UBL files zipped by number, byte for byte as issued; the one issued in May is
 * in neither. The participant an invoice's line names is in the audit trail as exported.
 */
@SpringBootTest
@Import({ TrainingFixtures.class, BillingFixtures.class, MovableClock.Configuration.class })
class AccountantExportsTests {

	@Autowired
	MovableClock clock;

	@Autowired
	BillingFixtures billing;

	@Autowired
	Invoices invoices;

	@Autowired
	InvoiceExports exports;

	@Autowired
	KeyedHash keyedHash;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void realTime() {
		this.clock.now();
	}

	@Test
	void aMonthsInvoicesGoToTheAccountantAsCsvRowsAndTheirUblFilesAndTheParticipantIsAuditedAsExported()
			throws IOException {
		this.clock.day(LocalDate.of(2018, 2, 1));
		Organisation client = this.billing.belgianClient();
		Course course = this.billing.course("Eerste hulp", 24_000, VatTreatment.STANDARD);
		Session session = this.billing.session(course, LocalDate.of(2018, 3, 12), LocalDate.of(2018, 3, 12), true);
		Registration registration = this.billing.employee(session, client, "Jonas", "Lemmens");
		this.clock.day(LocalDate.of(2018, 4, 3));
		InvoiceDraft monthly = BillingFixtures.finance(() -> this.invoices.draft(YearMonth.of(2018, 3)))
			.stream()
			.filter(draft -> draft.buyer().equals(client.name()))
			.findFirst()
			.orElseThrow();
		IssuedInvoice first = BillingFixtures.finance(() -> this.invoices.issue(monthly.id()));
		this.clock.day(LocalDate.of(2018, 4, 30));
		IssuedInvoice second = issue(order(client, "1234.50"));
		this.clock.day(LocalDate.of(2018, 5, 2));
		IssuedInvoice may = issue(order(client, "10"));
		Period april = new Period(LocalDate.of(2018, 4, 1), LocalDate.of(2018, 4, 30));

		ByteArrayOutputStream csv = new ByteArrayOutputStream();
		BillingFixtures.finance(() -> {
			this.exports.csv(april, Locale.forLanguageTag("nl"), csv);
			return null;
		});
		List<String> rows = csv.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(rows.get(0)).isEqualTo(
				"Nummer,Factuurdatum,Vervaldatum,Klant,Btw-nummer klant,Excl. btw,Btw,Totaal,Munt,Gestructureerde mededeling,Corrigeert factuur");
		assertThat(rows).hasSize(3);
		assertThat(rows.get(1))
			.isEqualTo(String.join(",", first.number(), "2018-04-03", "2018-05-03", client.name(), client.vatNumber(),
					"240.00", "50.40", "290.40", "EUR", first.paymentReference().replaceAll("\\D", ""), ""));
		assertThat(rows.get(2)).startsWith(second.number() + ",2018-04-30,").contains(",1234.50,0.00,1234.50,EUR,");
		assertThat(String.join("\n", rows)).doesNotContain(may.number());

		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		BillingFixtures.finance(() -> {
			this.exports.ubl(april, zip);
			return null;
		});
		Map<String, byte[]> files = unzipped(zip.toByteArray());
		assertThat(files.keySet()).containsExactly(first.number() + ".xml", second.number() + ".xml");
		assertThat(files.get(first.number() + ".xml"))
			.isEqualTo(BillingFixtures.finance(() -> this.invoices.ubl(first.id())));

		assertThat(this.jdbc
			.sql("SELECT detail FROM audit_entry WHERE subject = :subject AND action = 'EXPORT' ORDER BY detail")
			.param("subject", this.keyedHash.hash("audit.person", registration.participant().value().toString()))
			.query(String.class)
			.list()).containsExactly("invoice files exported for the accountant");
	}

	private InvoiceDraft order(Organisation client, String amount) {
		return BillingFixtures.finance(() -> this.invoices.order(new NewOrder(client.id(), null,
				List.of(new OrderLine("Opleiding op maat", 1, new BigDecimal(amount), VatTreatment.EXEMPT)))));
	}

	private IssuedInvoice issue(InvoiceDraft draft) {
		return BillingFixtures.finance(() -> this.invoices.issue(draft.id()));
	}

	private static Map<String, byte[]> unzipped(byte[] archive) throws IOException {
		Map<String, byte[]> files = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				files.put(entry.getName(), zip.readAllBytes());
			}
		}
		return files;
	}

}
