package org.tutela.billing;

import org.tutela.platform.problem.Conflict;

/** An issued invoice is changed no more: it cannot be issued again nor discarded. */
public class InvoiceIssued extends Conflict {

	public InvoiceIssued(String number) {
		super("invoice-issued", number);
	}

}
