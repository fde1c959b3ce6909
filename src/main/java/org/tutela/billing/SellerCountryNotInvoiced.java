package org.tutela.billing;

import org.tutela.platform.problem.Conflict;

/**
 * Invoices follow the VAT rules of Belgium and the Netherlands; an organiser established
 * elsewhere cannot invoice yet.
 */
public class SellerCountryNotInvoiced extends Conflict {

	public SellerCountryNotInvoiced(String country) {
		super("billing-country", country);
	}

}
