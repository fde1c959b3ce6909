package org.tutela.billing;

import org.jspecify.annotations.Nullable;

/**
 * The seller or the buyer as an invoice names them on the day it is issued: an
 * organisation with its enterprise and VAT numbers and its Peppol participant id (scheme
 * and value, such as {@code 0208} and the enterprise number), or a private person, who
 * has none of these.
 */
public record InvoiceParty(String name, PostalAddress address, @Nullable String vatNumber,
		@Nullable String enterpriseNumber, @Nullable PeppolId peppolId, @Nullable String email) {

	/** Whether the party is a business, which a private person is not. */
	public boolean business() {
		return this.vatNumber != null || this.enterpriseNumber != null;
	}

}
