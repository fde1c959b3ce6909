package org.tutela.identity.apikey;

import org.tutela.platform.problem.NotFound;

/** No key of the caller's has the given id. */
public class ApiKeyNotFound extends NotFound {

	public ApiKeyNotFound() {
		super("api-key-not-found");
	}

}
