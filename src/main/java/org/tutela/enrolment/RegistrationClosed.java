package org.tutela.enrolment;

import java.util.UUID;

import org.tutela.platform.problem.Conflict;

/**
 * The session is over, or the pack names no registration activity, so nobody can
 * register.
 */
public class RegistrationClosed extends Conflict {

	public RegistrationClosed(UUID session) {
		super("registration-closed", session.toString());
	}

}
