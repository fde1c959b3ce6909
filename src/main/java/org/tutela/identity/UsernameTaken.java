package org.tutela.identity;

import org.tutela.platform.problem.Conflict;

/** Another account already has this user name. */
public class UsernameTaken extends Conflict {

	public UsernameTaken(String username) {
		super("username-taken", username);
	}

}
