package org.tutela.billing;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An invoice or credit note as it is issued: its number, dates, parties, the buyer's
 * reference or purchase order (Peppol asks for one of the two, rule PEPPOL-EN16931-R003),
 * the payment reference (a Belgian structured communication) with the account to pay to,
 * the language it speaks and its lines; a credit note names the invoice it corrects.
 * Amounts are in cents of the currency.
 */
public record Invoice(DocumentKind kind, String number, LocalDate issueDate, LocalDate dueDate, String currency,
		InvoiceParty seller, InvoiceParty buyer, @Nullable String buyerReference, @Nullable String orderReference,
		@Nullable String corrects, @Nullable LocalDate correctsIssueDate, StructuredReference paymentReference,
		String iban, @Nullable String bic, String language, List<InvoiceLine> lines, @Nullable String note) {

	public Invoice {
		lines = List.copyOf(lines);
	}

	/** A document without a note. */
	public Invoice(DocumentKind kind, String number, LocalDate issueDate, LocalDate dueDate, String currency,
			InvoiceParty seller, InvoiceParty buyer, @Nullable String buyerReference, @Nullable String orderReference,
			@Nullable String corrects, @Nullable LocalDate correctsIssueDate, StructuredReference paymentReference,
			String iban, @Nullable String bic, String language, List<InvoiceLine> lines) {
		this(kind, number, issueDate, dueDate, currency, seller, buyer, buyerReference, orderReference, corrects,
				correctsIssueDate, paymentReference, iban, bic, language, lines, null);
	}

	/** The VAT of the invoice per category and rate, as EN 16931 sums it. */
	public VatBreakdown vat() {
		return VatBreakdown.of(this.lines);
	}

	/** The sum of the lines without VAT. */
	public long netCents() {
		return this.lines.stream().mapToLong(InvoiceLine::netCents).sum();
	}

	/** What is to be paid: the lines with their VAT. */
	public long payableCents() {
		return netCents() + vat().taxCents();
	}

}
