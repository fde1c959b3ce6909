package org.tutela.billing.invoice;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.tutela.billing.VatCategory;

/** How one line is taxed: its category and rate, and the reason when it bears no VAT. */
record LineVat(VatCategory category, BigDecimal rate, @Nullable String exemptionCode,
		@Nullable String exemptionReason) {
}
