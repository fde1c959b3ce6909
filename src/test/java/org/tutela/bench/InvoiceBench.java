package org.tutela.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.billing.DocumentKind;
import org.tutela.billing.Invoice;
import org.tutela.billing.InvoiceLine;
import org.tutela.billing.InvoiceParty;
import org.tutela.billing.Invoices;
import org.tutela.billing.NewOrder;
import org.tutela.billing.OrderLine;
import org.tutela.billing.PeppolId;
import org.tutela.billing.PostalAddress;
import org.tutela.billing.StructuredReference;
import org.tutela.billing.VatCategory;
import org.tutela.billing.document.DocumentCpu;
import org.tutela.catalog.VatTreatment;
import org.tutela.people.Address;
import org.tutela.people.MembershipStatus;
import org.tutela.people.NewOrganisation;
import org.tutela.people.Organisations;

/**
 * Issuing invoices on PostgreSQL as finance does, through {@link Invoices#issue}: the
 * year's next number, the PDF, the Peppol BIS Billing 3.0 UBL file with the PDF in it,
 * the official rules on it (phive), and the issued invoice kept, one transaction each.
 * Drafts of three lines (an exempt course, two standard-rate lines) for forty Belgian
 * clients are made first, unmeasured. Measured: invoices issued one after the other, then
 * on two threads; the processor time of each document step on one thread; and, next to
 * them, the same number taken and the same documents stored with plain SQL.
 * {@code ./mvnw -Pbench-postgres test-compile exec:java@bench-invoices}; drops and
 * recreates {@code tutela_bench_invoices}.
 */
public final class InvoiceBench {

	private static final int CLIENTS = 40;

	private static final int WARM_UP = Integer.getInteger("bench.warm-up", 100);

	private static final int ONE_THREAD = Integer.getInteger("bench.invoices", 400);

	private static final int TWO_THREADS = ONE_THREAD;

	private static final Path RESULTS = Path.of("target", "bench", "invoices-postgres.md");

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

	private static final String PLAIN_NUMBER = "UPDATE billing_invoice_counter SET last_number = last_number + 1 "
			+ "WHERE invoice_year = 1999";

	private static final String PLAIN_STORE = """
			INSERT INTO billing_invoice (id, organisation_id, language, drafted_by, drafted_at, invoice_year,
				sequence_number, number, issue_date, due_date, currency, payment_reference, ubl, pdf, issued_by, issued_at)
			SELECT ?, ?, 'nl', 'bench', now(), 1999, last_number, '1999-' || last_number, current_date, current_date + 30,
				'EUR', '199900000197', ?, ?, 'bench', now()
			FROM billing_invoice_counter WHERE invoice_year = 1999""";

	private InvoiceBench() {
	}

	public static void main(String[] args) throws Exception {
		List<String> lines = new ArrayList<>();
		try (PostgresBench bench = PostgresBench.start("tutela_bench_invoices", "")) {
			ConfigurableApplicationContext app = bench.app();
			Authentication finance = new TestingAuthenticationToken("bench", null, "backoffice", "people.read",
					"people.manage", "billing.manage");
			SecurityContextHolder.getContext().setAuthentication(finance);
			Organisations organisations = app.getBean(Organisations.class);
			List<UUID> clients = new ArrayList<>();
			for (int i = 0; i < CLIENTS; i++) {
				clients.add(
						organisations
							.add(new NewOrganisation("Bench client " + i, enterpriseNumber(i), null, null,
									new Address("Kerkstraat " + (i + 1), "9000", "Gent", "BE"), null,
									MembershipStatus.NONE, null, null, null, null))
							.id());
			}
			Invoices invoices = app.getBean(Invoices.class);
			List<UUID> drafts = new ArrayList<>();
			for (int i = 0; i < WARM_UP + ONE_THREAD + TWO_THREADS; i++) {
				drafts.add(invoices.order(new NewOrder(clients.get(i % CLIENTS), null, orderLines(i))).id());
			}
			long warming = System.nanoTime();
			drafts.subList(0, WARM_UP).forEach(invoices::issue);
			double warmUpSeconds = (System.nanoTime() - warming) / 1e9;

			double[] oneByOne = new double[ONE_THREAD];
			long cpuBefore = THREADS.getCurrentThreadCpuTime();
			long began = System.nanoTime();
			for (int i = 0; i < ONE_THREAD; i++) {
				long start = System.nanoTime();
				invoices.issue(drafts.get(WARM_UP + i));
				oneByOne[i] = (System.nanoTime() - start) / 1e6;
			}
			double oneThreadSeconds = (System.nanoTime() - began) / 1e9;
			double cpuPerInvoice = (THREADS.getCurrentThreadCpuTime() - cpuBefore) / 1e6 / ONE_THREAD;
			Arrays.sort(oneByOne);

			double twoThreadSeconds = twoThreads(invoices, finance,
					drafts.subList(WARM_UP + ONE_THREAD, drafts.size()));

			DocumentCpu steps = new DocumentCpu(app);
			double[] pdf = new double[ONE_THREAD];
			double[] ubl = new double[ONE_THREAD];
			double[] rules = new double[ONE_THREAD];
			DocumentCpu.Split last = null;
			for (int i = 0; i < ONE_THREAD; i++) {
				last = steps.measure(invoice(i));
				pdf[i] = last.pdfNanos() / 1e6;
				ubl[i] = last.ublNanos() / 1e6;
				rules[i] = last.rulesNanos() / 1e6;
			}

			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
			jdbc.update("INSERT INTO billing_invoice_counter (invoice_year, last_number) VALUES (1999, 0)");
			byte[] storedUbl = invoices.ubl(drafts.get(WARM_UP));
			byte[] storedPdf = invoices.pdf(drafts.get(WARM_UP));
			double[] plain = new double[ONE_THREAD];
			for (int i = 0; i < ONE_THREAD; i++) {
				UUID client = clients.get(i % CLIENTS);
				long start = System.nanoTime();
				transactions.executeWithoutResult(status -> {
					jdbc.update(PLAIN_NUMBER);
					jdbc.update(PLAIN_STORE, UUID.randomUUID(), client, storedUbl, storedPdf);
				});
				plain[i] = (System.nanoTime() - start) / 1e6;
			}
			Arrays.sort(plain);

			lines.add(String.format(Locale.ROOT,
					"%d drafts of three lines for %d Belgian clients; %d issued first to warm up (%.1f s, the first "
							+ "loading the rules). Documents: UBL %,d bytes with the PDF of %,d bytes in it.",
					drafts.size(), CLIENTS, WARM_UP, warmUpSeconds, last.ublBytes(), last.pdfBytes()));
			lines.add("");
			lines.add("| Issuing (`Invoices.issue`) | Invoices | Seconds | Per minute |");
			lines.add("|---|---:|---:|---:|");
			lines.add(rate("One after the other, one thread", ONE_THREAD, oneThreadSeconds));
			lines.add(rate("**Two threads**", TWO_THREADS, twoThreadSeconds));
			lines.add("");
			lines.add("| Per invoice, one thread | p50 ms | p95 ms | p99 ms |");
			lines.add("|---|---:|---:|---:|");
			lines.add(FileOpenings.row("Issuing, elapsed", oneByOne));
			lines.add(FileOpenings.row("Plain SQL: the number and the row with both documents, elapsed", plain));
			lines.add("");
			lines.add("| Processor time per invoice, one thread | mean ms |");
			lines.add("|---|---:|");
			lines.add(String.format(Locale.ROOT, "| Issuing, all of it | %.1f |", cpuPerInvoice));
			lines.add(mean("PDF (Thymeleaf and openhtmltopdf)", pdf));
			lines.add(mean("UBL file (ph-ubl), the PDF embedded", ubl));
			lines.add(mean("Validation (phive: Peppol BIS Billing 3.0 and EN 16931)", rules));
			FileOpenings.sizes(lines, jdbc, "billing_invoice", "billing_invoice_line");
		}
		PostgresBench.report(RESULTS, lines);
	}

	/** The seconds two threads take to issue the drafts, half each. */
	private static double twoThreads(Invoices invoices, Authentication finance, List<UUID> drafts) throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			int half = drafts.size() / 2;
			List<Callable<Void>> work = List.of(issuing(invoices, finance, drafts.subList(0, half)),
					issuing(invoices, finance, drafts.subList(half, drafts.size())));
			long began = System.nanoTime();
			for (Future<Void> done : threads.invokeAll(work)) {
				done.get();
			}
			return (System.nanoTime() - began) / 1e9;
		}
		finally {
			threads.shutdown();
		}
	}

	private static Callable<Void> issuing(Invoices invoices, Authentication finance, List<UUID> drafts) {
		return () -> {
			SecurityContextHolder.getContext().setAuthentication(finance);
			drafts.forEach(invoices::issue);
			SecurityContextHolder.clearContext();
			return null;
		};
	}

	private static List<OrderLine> orderLines(int i) {
		return List.of(
				new OrderLine("Basisopleiding veiligheid, sessie " + i, 2, new BigDecimal("450.00"),
						VatTreatment.EXEMPT),
				new OrderLine("Cursusmap", 2, new BigDecimal("27.50"), VatTreatment.STANDARD),
				new OrderLine("Lunch", 2, new BigDecimal("18.00"), VatTreatment.STANDARD));
	}

	/** An invoice of the same shape as the drafts, for the steps measured one by one. */
	private static Invoice invoice(int i) {
		String art44 = "Vrijgesteld van btw: beroepsopleiding, art. 44 §2 4° W.BTW";
		List<InvoiceLine> lines = List.of(
				new InvoiceLine(1, "Basisopleiding veiligheid, sessie " + i, 2, 45_000, VatCategory.EXEMPT,
						BigDecimal.ZERO, "VATEX-EU-132-1I", art44),
				new InvoiceLine(2, "Cursusmap", 2, 2_750, VatCategory.STANDARD, new BigDecimal("21"), null, null),
				new InvoiceLine(3, "Lunch", 2, 1_800, VatCategory.STANDARD, new BigDecimal("21"), null, null));
		String buyerNumber = enterpriseNumber(i % CLIENTS);
		InvoiceParty seller = new InvoiceParty("Voorbeeld Opleidingen vzw",
				new PostalAddress("Havenlaan 86C", "1000", "Brussel", "BE"), "BE0403019261", "0403019261",
				new PeppolId("0208", "0403019261"), null);
		InvoiceParty buyer = new InvoiceParty("Bench client " + i % CLIENTS,
				new PostalAddress("Kerkstraat 1", "9000", "Gent", "BE"), "BE" + buyerNumber, buyerNumber,
				new PeppolId("0208", buyerNumber), null);
		return new Invoice(DocumentKind.INVOICE, String.format("2098-%05d", i + 1), LocalDate.of(2098, 3, 2),
				LocalDate.of(2098, 4, 1), "EUR", seller, buyer, "BENCH-" + i, null, null, null,
				StructuredReference.of(2098_000_000L + i + 1), "BE68539007547034", "GKCCBEBB", "nl", lines);
	}

	/**
	 * A valid Belgian enterprise number: eight digits starting with 0, and their check.
	 */
	private static String enterpriseNumber(int i) {
		long first = 2_000_000L + i * 7_919L;
		return String.format("%08d%02d", first, 97 - first % 97);
	}

	private static String rate(String name, int invoices, double seconds) {
		return String.format(Locale.ROOT, "| %s | %d | %.1f | %,.0f |", name, invoices, seconds,
				invoices / seconds * 60);
	}

	private static String mean(String name, double[] millis) {
		return String.format(Locale.ROOT, "| %s | %.1f |", name, Arrays.stream(millis).average().orElse(0));
	}

}
