package org.tutela.retention;

import java.util.UUID;

import org.tutela.platform.problem.NotFound;

public class HoldNotFound extends NotFound {

	public HoldNotFound(UUID id) {
		super("hold-not-found", id.toString());
	}

}
