package org.tutela.retention;

import org.tutela.platform.problem.Conflict;

/** The recipient is not on the close-out's list of those to tell, or was told already. */
public class NotToTell extends Conflict {

	public NotToTell(String recipient) {
		super("not-to-tell", recipient);
	}

}
