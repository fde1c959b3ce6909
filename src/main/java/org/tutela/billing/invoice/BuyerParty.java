package org.tutela.billing.invoice;

import org.jspecify.annotations.Nullable;
import org.tutela.billing.InvoiceParty;

/**
 * A buyer as an invoice names it today, with the references it asks for, its client
 * number where it has one, the language its invoices speak and the KMO-portefeuille
 * project it pays through, if any.
 */
record BuyerParty(InvoiceParty party, @Nullable String buyerReference, @Nullable String orderReference,
		@Nullable String clientNumber, String language, @Nullable String kmoProject) {

	/**
	 * The buyer reference the invoice carries: the one the client asks for, else its
	 * client number, else the invoice's own number, unless it gave a purchase order.
	 * Peppol asks for one of the two (rule PEPPOL-EN16931-R003).
	 */
	@Nullable String buyerReference(String invoiceNumber) {
		if (this.buyerReference != null || this.orderReference != null) {
			return this.buyerReference;
		}
		return this.clientNumber != null ? this.clientNumber : invoiceNumber;
	}

}
