package org.tutela.billing.invoice;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.billing.DocumentKind;
import org.tutela.billing.Parties;
import org.tutela.billing.invoice.IssuedStore.Booked;
import org.tutela.billing.invoice.IssuedStore.Document;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.spreadsheet.SpreadsheetCells;

/**
 * What the accountant receives for a period: the invoices and credit notes issued in it
 * as a CSV file, one row each (a credit note's amounts negative, naming the invoice it
 * corrects), and their UBL files in one ZIP archive, written one file at a time so that a
 * year of documents never sits in memory; every person the files name is audited as
 * exported.
 */
@Component
public class AccountantExports {

	private static final List<String> COLUMNS = List.of("number", "issue-date", "due-date", "buyer", "vat-number",
			"net", "vat", "payable", "currency", "payment-reference", "corrects");

	private final IssuedStore issued;

	private final AuditTrail audit;

	private final MessageSource messages;

	AccountantExports(IssuedStore issued, AuditTrail audit, MessageSource messages) {
		this.issued = issued;
		this.audit = audit;
		this.messages = messages;
	}

	/**
	 * The period's invoices as CSV (RFC 4180, UTF-8): column names in the reader's
	 * language, dates as {@code 2026-03-31} and amounts as {@code 1234.56}, as accounting
	 * software reads them.
	 */
	public void csv(LocalDate from, LocalDate to, Locale locale, OutputStream out) {
		Set<PersonId> named = new LinkedHashSet<>();
		Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		try {
			CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180);
			printer.printRecord(COLUMNS.stream()
				.map(column -> this.messages.getMessage("billing.export.column." + column, null, locale))
				.toList());
			for (Booked invoice : this.issued.between(from, to)) {
				if (invoice.person() != null) {
					named.add(invoice.person());
				}
				print(printer, invoice);
			}
			printer.flush();
		}
		catch (IOException unwritable) {
			throw new UncheckedIOException(unwritable);
		}
		named.forEach(person -> this.audit.record(new AuditEvent(AuditAction.EXPORT, person, null, Parties.PURPOSE,
				Set.of("buyer_name"), "invoices exported for the accountant")));
	}

	/**
	 * The UBL files of the period's invoices in a ZIP archive, each named by its number;
	 * they name the participants of their lines, who are audited as exported.
	 */
	public void ubl(LocalDate from, LocalDate to, OutputStream out) {
		Set<PersonId> named = new LinkedHashSet<>(this.issued.namedBetween(from, to));
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		try {
			for (Booked invoice : this.issued.between(from, to)) {
				zip.putNextEntry(new ZipEntry(invoice.number() + ".xml"));
				zip.write(this.issued.document(invoice.id(), Document.UBL).orElseThrow());
				zip.closeEntry();
			}
			zip.finish();
		}
		catch (IOException unwritable) {
			throw new UncheckedIOException(unwritable);
		}
		named.forEach(person -> this.audit.record(new AuditEvent(AuditAction.EXPORT, person, null, Parties.PURPOSE,
				Set.of("buyer_name", "description"), "invoice files exported for the accountant")));
	}

	private static void print(CSVPrinter printer, Booked invoice) {
		List<String> row = new ArrayList<>();
		row.add(SpreadsheetCells.defused(invoice.number()));
		row.add(invoice.issueDate().toString());
		row.add(invoice.dueDate().toString());
		row.add(SpreadsheetCells.defused(invoice.buyer()));
		row.add(invoice.vatNumber() == null ? "" : SpreadsheetCells.defused(invoice.vatNumber()));
		// A credit note takes back what the invoice it corrects charged: its amounts are
		// negative, written as numbers, which no spreadsheet runs as a formula.
		long sign = invoice.kind() == DocumentKind.CREDIT_NOTE ? -1 : 1;
		row.add(BigDecimal.valueOf(sign * invoice.netCents(), 2).toPlainString());
		row.add(BigDecimal.valueOf(sign * invoice.vatCents(), 2).toPlainString());
		row.add(BigDecimal.valueOf(sign * invoice.payableCents(), 2).toPlainString());
		row.add(SpreadsheetCells.defused(invoice.currency()));
		row.add(invoice.paymentReference().digits());
		row.add(invoice.corrects() == null ? "" : SpreadsheetCells.defused(invoice.corrects()));
		try {
			printer.printRecord(row);
		}
		catch (IOException unwritable) {
			throw new UncheckedIOException(unwritable);
		}
	}

}
