package org.tutela.billing.invoice;

import org.tutela.catalog.VatTreatment;

/** A line of an individual order as checked: the price of one in cents. */
record OrderedLine(String description, int quantity, long unitPriceCents, VatTreatment vat) {
}
