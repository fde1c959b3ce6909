package org.tutela.billing;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.tutela.catalog.VatTreatment;

/**
 * A line of an individual order: what is sold, how many, the price of one in euros (at
 * most two decimals, VAT not included) and whether it is taxed at the standard rate or
 * exempt as vocational training.
 */
public record OrderLine(@Nullable String description, @Nullable Integer quantity, @Nullable BigDecimal unitPrice,
		@Nullable VatTreatment vat) {
}
