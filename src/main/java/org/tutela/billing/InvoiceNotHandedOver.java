package org.tutela.billing;

import org.tutela.platform.problem.Conflict;

/** What goes to the collector is there only once the invoice is handed over. */
public class InvoiceNotHandedOver extends Conflict {

	public InvoiceNotHandedOver(String number) {
		super("invoice-not-handed-over", number);
	}

}
