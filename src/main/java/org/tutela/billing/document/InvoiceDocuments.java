package org.tutela.billing.document;

import org.tutela.billing.Invoice;
import org.tutela.billing.InvoiceBreaksRules;

/**
 * The documents an invoice is issued as: the UBL 2.1 file in Peppol BIS Billing 3.0,
 * checked against the official Peppol and EN 16931 rules before anything is kept, and the
 * PDF in the buyer's language.
 */
public interface InvoiceDocuments {

	/**
	 * Both documents of the invoice.
	 * @throws InvoiceBreaksRules when the UBL file breaks a rule; nothing is issued then
	 */
	IssuedDocuments produce(Invoice invoice);

	/** The UBL file and the PDF of one invoice. */
	record IssuedDocuments(byte[] ubl, byte[] pdf) {
	}

}
