package org.tutela.billing;

import org.tutela.platform.problem.Conflict;

/**
 * A draft is neither credited nor sent: only an issued invoice is, and a draft is changed
 * or discarded instead.
 */
public class InvoiceNotIssued extends Conflict {

	public InvoiceNotIssued() {
		super("invoice-not-issued");
	}

}
