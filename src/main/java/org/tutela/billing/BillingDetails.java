package org.tutela.billing;

import org.jspecify.annotations.Nullable;

/**
 * What billing keeps of a client organisation beyond the organisation's own record, as
 * entered or as kept: how it pays, its Peppol participant id (a scheme of the Peppol EAS
 * list and the id within it), its VAT number where no Belgian enterprise number gives
 * one, the buyer reference or purchase order it asks to see on every invoice, the address
 * its invoices are mailed to, the language they speak ({@code nl}, {@code fr} or
 * {@code en}) and, where it pays through the Flemish SME wallet, its KMO-portefeuille
 * project number.
 */
public record BillingDetails(@Nullable PaymentMethod paymentMethod, @Nullable String peppolScheme,
		@Nullable String peppolId, @Nullable String vatNumber, @Nullable String buyerReference,
		@Nullable String orderReference, @Nullable String invoiceEmail, @Nullable String language,
		@Nullable String kmoProject) {

	/** What a client has until finance says otherwise: paying by transfer, in Dutch. */
	public static final BillingDetails NEW_CLIENT = new BillingDetails(PaymentMethod.TRANSFER, null, null, null, null,
			null, null, "nl", null);

}
