package org.tutela.billing;

import java.math.BigDecimal;

import org.tutela.platform.problem.Conflict;

/**
 * A transfer assigned to an invoice of which less is open than the transfer brings: not
 * assigned, so that no invoice is paid more than it asks.
 */
public class PaymentExceedsOpenAmount extends Conflict {

	public PaymentExceedsOpenAmount(String invoice, long openCents) {
		super("payment-exceeds-open-amount", invoice, BigDecimal.valueOf(openCents, 2).toPlainString());
	}

}
