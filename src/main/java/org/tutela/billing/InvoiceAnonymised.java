package org.tutela.billing;

import org.tutela.platform.problem.Conflict;

/**
 * The invoice's retention period has run out and it was anonymised: it stays in the
 * accounts, and is neither sent nor credited again.
 */
public class InvoiceAnonymised extends Conflict {

	public InvoiceAnonymised(String number) {
		super("invoice-anonymised", number);
	}

}
