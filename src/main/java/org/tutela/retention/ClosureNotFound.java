package org.tutela.retention;

import java.util.UUID;

import org.tutela.platform.problem.NotFound;

public class ClosureNotFound extends NotFound {

	public ClosureNotFound(UUID id) {
		super("closure-not-found", id.toString());
	}

}
