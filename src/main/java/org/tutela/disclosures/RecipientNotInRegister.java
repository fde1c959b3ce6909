package org.tutela.disclosures;

import org.tutela.platform.problem.Conflict;

/**
 * The register names no such recipient for the activity: the disclosure has no recorded
 * ground.
 */
public class RecipientNotInRegister extends Conflict {

	public RecipientNotInRegister(String recipient, String activity) {
		super("recipient-not-in-register", recipient, activity);
	}

}
