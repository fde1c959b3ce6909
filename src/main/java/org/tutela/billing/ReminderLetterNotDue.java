package org.tutela.billing;

import org.tutela.platform.problem.Conflict;

/**
 * A reminder letter is printed for an invoice with something open whose buyer has no
 * e-mail address, once for each step of the reminders whose day has come.
 */
public class ReminderLetterNotDue extends Conflict {

	public ReminderLetterNotDue(String number) {
		super("reminder-letter-not-due", number);
	}

}
