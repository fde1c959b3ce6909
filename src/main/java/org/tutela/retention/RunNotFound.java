package org.tutela.retention;

import java.util.UUID;

import org.tutela.platform.problem.NotFound;

public class RunNotFound extends NotFound {

	public RunNotFound(UUID id) {
		super("sweep-run-not-found", id.toString());
	}

}
