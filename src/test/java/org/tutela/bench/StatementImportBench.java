package org.tutela.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.billing.Payments;
import org.tutela.billing.StatementImport;
import org.tutela.billing.StructuredReference;
import org.tutela.billing.payment.Camt053Reader;
import org.tutela.billing.payment.PaymentStore;
import org.tutela.platform.crypto.FieldCipher;

/**
 * Finance importing a bank statement of 10,000 credit transfers on PostgreSQL, through
 * {@link Payments#importStatement}: the camt.053 file read, each transfer matched by its
 * structured communication against the issued invoices (8,000 pay one in full, 1,000 in
 * part, 1,000 name no invoice and wait for finance), the debtors' accounts and texts
 * encrypted and the 10,000 rows written; next to the raw insert of the same rows with
 * plain values. Each run imports a statement of its own against 10,000 invoices of its
 * own, written with SQL beforehand. {@code ./mvnw -Pbench-postgres test-compile
 * exec:java@bench-statements}; drops and recreates {@code tutela_bench_statements}.
 */
public final class StatementImportBench {

	private static final int LINES = Integer.getInteger("bench.lines", 10_000);

	private static final int RUNS = 5;

	private static final Path RESULTS = Path.of("target", "bench", "statements-postgres.md");

	private static final String RAW_INSERT = """
			INSERT INTO billing_payment (id, statement_id, entry_reference, booked_on, amount_cents, debtor_name,
				debtor_iban_cipher, reference, remittance_cipher, status, invoice_id, matched_by, matched_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL)""";

	private StatementImportBench() {
	}

	public static void main(String[] args) throws Exception {
		List<String> lines = new ArrayList<>();
		try (PostgresBench bench = PostgresBench.start("tutela_bench_statements", "")) {
			ConfigurableApplicationContext app = bench.app();
			SecurityContextHolder.getContext()
				.setAuthentication(new TestingAuthenticationToken("bench", null, "backoffice", "billing.manage"));
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			Payments payments = app.getBean(Payments.class);
			FieldCipher cipher = app.getBean(FieldCipher.class);
			double[] reading = new double[RUNS];
			double[] importing = new double[RUNS];
			double[] raw = new double[RUNS];
			StatementImport last = null;
			int bytes = 0;
			for (int run = 0; run < RUNS; run++) {
				int year = 2000 + run;
				invoices(jdbc, year);
				byte[] statement = statement(year).getBytes(StandardCharsets.UTF_8);
				bytes = statement.length;
				long began = System.nanoTime();
				Camt053Reader.read(new ByteArrayInputStream(statement));
				reading[run] = (System.nanoTime() - began) / 1e6;
				began = System.nanoTime();
				last = payments.importStatement(statement);
				importing[run] = (System.nanoTime() - began) / 1e6;
				List<Object[]> rows = rawRows(cipher, year);
				began = System.nanoTime();
				jdbc.batchUpdate(RAW_INSERT, rows);
				raw[run] = (System.nanoTime() - began) / 1e6;
			}
			for (double[] figures : List.of(reading, importing, raw)) {
				Arrays.sort(figures);
			}
			lines.add(String.format(Locale.ROOT,
					"Each run: %,d issued invoices written with SQL, then a camt.053 statement of %,d credit transfers "
							+ "(%,d kB); the last import booked %,d, of which %,d paid an invoice and %,d wait for finance.",
					LINES, LINES, bytes / 1024, last.booked(), last.matched(), last.unmatched()));
			lines.add("");
			lines.add("| Measured (" + RUNS + " runs, a statement of its own each) | median ms | min ms | max ms |");
			lines.add("|---|---:|---:|---:|");
			lines.add(row("Reading the file alone (`Camt053Reader`)", reading));
			lines.add(row("**Importing the statement (`Payments.importStatement`)**", importing));
			lines.add(row(
					"Raw insert of the same rows (one JDBC batch, values encrypted beforehand, no reading or matching)",
					raw));
			FileOpenings.sizes(lines, jdbc, "billing_payment", "billing_invoice");
		}
		PostgresBench.report(RESULTS, lines);
	}

	/**
	 * The year's invoices, issued: number i of the year, due 30 days after, 100 euros and
	 * i cents, its structured communication made as issuing makes it.
	 */
	private static void invoices(JdbcTemplate jdbc, int year) {
		List<Object[]> rows = new ArrayList<>(LINES);
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 1; i <= LINES; i++) {
			rows.add(new Object[] { UUID.randomUUID(), UUID.randomUUID(), now, year, i,
					String.format("%d-%05d", year, i), Date.valueOf(LocalDate.of(year, 1, 2)),
					Date.valueOf(LocalDate.of(year, 2, 1)), reference(year, i).digits(), cents(i), now });
		}
		jdbc.batchUpdate(
				"""
						INSERT INTO billing_invoice (id, organisation_id, language, drafted_by, drafted_at, invoice_year,
							sequence_number, number, issue_date, due_date, currency, payment_reference, buyer_name, payable_cents,
							issued_by, issued_at)
						VALUES (?, ?, 'nl', 'bench', ?, ?, ?, ?, ?, ?, 'EUR', ?, 'Bench client NV', ?, 'bench', ?)""",
				rows);
	}

	private static StructuredReference reference(int year, int number) {
		return StructuredReference.of(year * 1_000_000L + number);
	}

	private static long cents(int number) {
		return 10_000 + number;
	}

	/**
	 * The statement: transfers 1 to 8,000 pay their invoice in full, by structured
	 * reference or (one in four) typed in the text; the next 1,000 pay half; the last
	 * 1,000 name no invoice.
	 */
	private static String statement(int year) {
		StringBuilder xml = new StringBuilder(LINES * 900);
		xml.append("""
				<?xml version="1.0" encoding="UTF-8"?>
				<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
				<BkToCstmrStmt><GrpHdr><MsgId>BENCH</MsgId><CreDtTm>2026-12-07T06:00:00</CreDtTm></GrpHdr>
				<Stmt><Id>BENCH-%d</Id><Acct><Id><IBAN>BE68539007547034</IBAN></Id></Acct>
				""".formatted(year));
		int full = LINES * 8 / 10;
		int half = LINES / 10;
		for (int i = 1; i <= LINES; i++) {
			long amount = i <= full ? cents(i) : i <= full + half ? cents(i) / 2 : 4_200;
			String reference = reference(year, i).toString();
			String remittance = i > full + half ? "<Ustrd>Lidgeld " + i + "</Ustrd>"
					: i % 4 == 0 ? "<Ustrd>Factuur " + year + " " + reference + "</Ustrd>"
							: "<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry></Tp><Ref>"
									+ reference.replaceAll("\\D", "") + "</Ref></CdtrRefInf></Strd>";
			xml.append("""
					<Ntry><NtryRef>N%d</NtryRef><Amt Ccy="EUR">%s</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
					<BookgDt><Dt>%d-02-15</Dt></BookgDt><AcctSvcrRef>B%d-%d</AcctSvcrRef>
					<NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Client %d NV</Nm></Dbtr>
					<DbtrAcct><Id><IBAN>BE71096123456769</IBAN></Id></DbtrAcct></RltdPties>
					<RmtInf>%s</RmtInf></TxDtls></NtryDtls></Ntry>
					""".formatted(i, java.math.BigDecimal.valueOf(amount, 2).toPlainString(), year, year, i, i,
					remittance));
		}
		xml.append("</Stmt></BkToCstmrStmt></Document>\n");
		return xml.toString();
	}

	/**
	 * The same 10,000 rows, as they would be written with nothing read or matched; their
	 * account and text encrypted beforehand, unmeasured.
	 */
	private static List<Object[]> rawRows(FieldCipher cipher, int year) {
		List<Object[]> rows = new ArrayList<>(LINES);
		Date booked = Date.valueOf(LocalDate.of(year, 2, 15));
		for (int i = 1; i <= LINES; i++) {
			UUID id = UUID.randomUUID();
			rows.add(new Object[] { id, "RAW-" + year, "B" + year + "-" + i, booked, cents(i), "Client " + i + " NV",
					cipher.encrypt(PaymentStore.DEBTOR_IBAN.field(id), "BE71096123456769"), reference(year, i).digits(),
					cipher.encrypt(PaymentStore.REMITTANCE.field(id), "Lidgeld " + i), "UNMATCHED" });
		}
		return rows;
	}

	private static String row(String name, double[] sorted) {
		return String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |", name, sorted[sorted.length / 2], sorted[0],
				sorted[sorted.length - 1]);
	}

}
