package org.tutela.billing;

import org.tutela.platform.problem.Conflict;

/**
 * Another invoice of the year was being issued at the same moment, and the database would
 * not wait for it (the embedded one waits two seconds): this one stays a draft, its
 * number unused, to be issued again.
 */
public class InvoiceNumberingBusy extends Conflict {

	public InvoiceNumberingBusy() {
		super("invoice-numbering-busy");
	}

}
