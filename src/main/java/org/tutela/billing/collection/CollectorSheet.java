package org.tutela.billing.collection;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tutela.billing.HandOver;
import org.tutela.billing.InvoiceStanding;
import org.tutela.billing.document.InvoiceFormat;
import org.tutela.platform.pdf.PdfDocuments;

/**
 * The one page the collector is given beside the invoice, in the invoice's language: the
 * buyer and their address, the invoice's number, issue and due dates, what is open and
 * the days it was reminded; nothing else.
 */
@Component
class CollectorSheet {

	private final PdfDocuments pdfs;

	CollectorSheet(PdfDocuments pdfs) {
		this.pdfs = pdfs;
	}

	byte[] render(InvoiceStanding standing, HandOverStore.Addressee buyer, List<LocalDate> reminders,
			HandOver handOver) {
		Locale reader = new Locale(buyer.language(), "BE");
		return this.pdfs.render("billing/collector-pdf", Map.of("standing", standing, "buyer", buyer, "reminders",
				reminders, "handOver", handOver, "format", InvoiceFormat.euros(reader)), reader);
	}

}
