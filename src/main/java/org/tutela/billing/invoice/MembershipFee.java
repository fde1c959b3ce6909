package org.tutela.billing.invoice;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The fee a member pays for a year of membership, in euros without VAT
 * ({@code tutela.billing.membership-fee}; none when the organisation has no members'
 * fees), and whether it is exempt from VAT ({@code tutela.billing.membership-fee-vat}:
 * {@code standard} or {@code exempt}). A value that breaks the rules stops the start,
 * naming the setting.
 */
@Component
class MembershipFee {

	private static final BigDecimal MOST_EUROS = BigDecimal.valueOf(10_000_000);

	private final @Nullable Long cents;

	private final boolean exempt;

	MembershipFee(@Value("${tutela.billing.membership-fee:}") String fee,
			@Value("${tutela.billing.membership-fee-vat:standard}") String vat) {
		this.cents = fee.isBlank() ? null : cents(fee.strip());
		if (!vat.equals("standard") && !vat.equals("exempt")) {
			throw new IllegalStateException("tutela.billing.membership-fee-vat is standard or exempt");
		}
		this.exempt = vat.equals("exempt");
	}

	/** The fee in cents, if the organisation charges one. */
	@Nullable Long cents() {
		return this.cents;
	}

	boolean exempt() {
		return this.exempt;
	}

	private static long cents(String fee) {
		try {
			BigDecimal euros = new BigDecimal(fee);
			if (euros.signum() > 0 && euros.scale() <= 2 && euros.compareTo(MOST_EUROS) < 0) {
				return euros.movePointRight(2).longValueExact();
			}
		}
		catch (NumberFormatException | ArithmeticException unreadable) {
			// refused below
		}
		throw new IllegalStateException(
				"tutela.billing.membership-fee is an amount in euros above zero with at most two decimals, such as 250.00");
	}

}
