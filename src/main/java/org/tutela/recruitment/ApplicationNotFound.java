package org.tutela.recruitment;

import java.util.UUID;

import org.tutela.platform.problem.NotFound;

/** No job application of this id. */
public class ApplicationNotFound extends NotFound {

	public ApplicationNotFound(UUID id) {
		super("application-not-found", id.toString());
	}

}
