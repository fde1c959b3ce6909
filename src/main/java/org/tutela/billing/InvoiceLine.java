package org.tutela.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.jspecify.annotations.Nullable;

/**
 * One line of an invoice: what is sold, how many, for how much each (in cents, VAT not
 * included) and how it is taxed; an exempt line carries the reason with its code from the
 * VATEX list (such as {@code VATEX-EU-132-1I}, education).
 */
public record InvoiceLine(int position, String description, int quantity, long unitPriceCents, VatCategory category,
		BigDecimal ratePercent, @Nullable String exemptionCode, @Nullable String exemptionReason) {

	/** The line's amount without VAT, in cents. */
	public long netCents() {
		return this.unitPriceCents * this.quantity;
	}

	/** The rate with two decimals, as the documents print it. */
	public BigDecimal rate() {
		return this.ratePercent.setScale(2, RoundingMode.UNNECESSARY);
	}

}
