package org.tutela.members;

import java.util.UUID;

import org.tutela.platform.problem.NotFound;

/** No membership application of this id. */
public class ApplicationNotFound extends NotFound {

	public ApplicationNotFound(UUID id) {
		super("membership-application-not-found", id.toString());
	}

}
