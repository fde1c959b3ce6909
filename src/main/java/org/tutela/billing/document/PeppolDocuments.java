package org.tutela.billing.document;

import org.springframework.stereotype.Component;
import org.tutela.billing.Invoice;

/**
 * The PDF first, then the UBL file with the PDF embedded, then the rules on the UBL file:
 * an invoice that breaks one is refused before anything is kept.
 */
@Component
class PeppolDocuments implements InvoiceDocuments {

	private final InvoicePdf pdfs;

	private final InvoiceRules rules;

	PeppolDocuments(InvoicePdf pdfs, InvoiceRules rules) {
		this.pdfs = pdfs;
		this.rules = rules;
	}

	@Override
	public IssuedDocuments produce(Invoice invoice) {
		byte[] pdf = this.pdfs.render(invoice);
		Specification specification = Specification.of(invoice);
		byte[] ubl = UblWriter.write(invoice, specification, pdf);
		this.rules.check(ubl, specification, invoice.kind());
		return new IssuedDocuments(ubl, pdf);
	}

}
