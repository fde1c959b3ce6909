package org.tutela.billing;

import org.tutela.platform.problem.Conflict;

/**
 * Every line of the invoice is on a credit note already, drafted or issued: a credit note
 * takes no more than the invoice still holds.
 */
public class InvoiceCredited extends Conflict {

	public InvoiceCredited(String number) {
		super("invoice-credited", number);
	}

}
