package org.tutela.billing;

/** How a client pays its invoices: by transfer, or by direct debit from its account. */
public enum PaymentMethod {

	TRANSFER, DIRECT_DEBIT

}
