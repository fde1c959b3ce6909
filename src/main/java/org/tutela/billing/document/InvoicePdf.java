package org.tutela.billing.document;

import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tutela.billing.Invoice;
import org.tutela.platform.pdf.PdfDocuments;

/** The PDF of an invoice or credit note, in the buyer's language. */
@Component
class InvoicePdf {

	private final PdfDocuments pdfs;

	InvoicePdf(PdfDocuments pdfs) {
		this.pdfs = pdfs;
	}

	byte[] render(Invoice invoice) {
		Locale reader = InvoiceFormat.readerOf(invoice);
		return this.pdfs.render("billing/invoice-pdf", Map.of("invoice", invoice, "vat", invoice.vat(), "format",
				new InvoiceFormat(reader, invoice.currency())), reader);
	}

}
