package org.tutela.billing;

import org.tutela.platform.problem.Conflict;

/**
 * A transfer that is no longer open for manual matching: it pays an invoice already, or
 * was marked as not a payment of an invoice.
 */
public class PaymentSettled extends Conflict {

	public PaymentSettled() {
		super("payment-settled");
	}

}
