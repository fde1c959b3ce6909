package org.tutela.enrolment;

import org.tutela.platform.problem.Conflict;

/**
 * The address given already has a place, or a place on the waiting list, on this session.
 */
public class AlreadyRegistered extends Conflict {

	public AlreadyRegistered() {
		super("already-registered");
	}

}
