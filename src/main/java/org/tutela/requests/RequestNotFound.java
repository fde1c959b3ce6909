package org.tutela.requests;

import java.util.UUID;

import org.tutela.platform.problem.NotFound;

public class RequestNotFound extends NotFound {

	public RequestNotFound(UUID id) {
		super("request-not-found", id.toString());
	}

}
