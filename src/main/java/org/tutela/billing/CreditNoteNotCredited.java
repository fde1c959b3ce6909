package org.tutela.billing;

import org.tutela.platform.problem.Conflict;

/** A credit note corrects an invoice; it is not credited itself. */
public class CreditNoteNotCredited extends Conflict {

	public CreditNoteNotCredited(String number) {
		super("credit-note-not-credited", number);
	}

}
