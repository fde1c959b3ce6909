package org.tutela.billing;

import org.tutela.platform.problem.Conflict;

/**
 * An invoice is handed over for collection only when something is still open of it, the
 * pack's last reminder was sent, and the days the pack gives after it have passed.
 */
public class InvoiceNotReadyForHandOver extends Conflict {

	public InvoiceNotReadyForHandOver(String number) {
		super("invoice-not-ready-for-hand-over", number);
	}

}
