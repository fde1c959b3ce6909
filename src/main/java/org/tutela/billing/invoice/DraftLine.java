package org.tutela.billing.invoice;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.personaldata.PersonId;

/**
 * A line about to be added to a draft: for a registration, naming its participant, or for
 * an order; the price of one in cents.
 */
record DraftLine(@Nullable UUID registration, @Nullable PersonId participant, String description, int quantity,
		long unitPriceCents, LineVat vat) {
}
