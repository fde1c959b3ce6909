package org.tutela.billing;

import org.tutela.platform.problem.Conflict;

/** An invoice is handed over for collection once. */
public class InvoiceHandedOverBefore extends Conflict {

	public InvoiceHandedOverBefore(String number) {
		super("invoice-handed-over", number);
	}

}
