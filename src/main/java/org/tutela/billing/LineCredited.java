package org.tutela.billing;

import org.tutela.platform.problem.Conflict;

/**
 * Another credit note took one of the invoice's lines while this one was drafted: a line
 * is credited once at most; nothing of this credit note is kept.
 */
public class LineCredited extends Conflict {

	public LineCredited(String number) {
		super("line-credited", number);
	}

}
