package org.tutela.billing;

import org.tutela.platform.problem.Conflict;

/**
 * The buyer has no e-mail address for invoices: finance records one in the client's
 * billing details before the document is sent by e-mail.
 */
public class NoInvoiceAddress extends Conflict {

	public NoInvoiceAddress(String number) {
		super("invoice-without-email", number);
	}

}
