package org.tutela.catalog;

import java.util.UUID;

import org.tutela.platform.problem.NotFound;

/** No session has the given id. */
public class SessionNotFound extends NotFound {

	public SessionNotFound(UUID id) {
		super("session-not-found", id.toString());
	}

}
