package org.tutela.enrolment;

import org.tutela.platform.problem.Conflict;

/**
 * A place from the waiting list asked for where none can be given: the registration is
 * not waiting, the session is full, held or called off.
 */
public class NoPlaceToGive extends Conflict {

	public NoPlaceToGive(Object registration) {
		super("no-place-to-give", registration);
	}

}
