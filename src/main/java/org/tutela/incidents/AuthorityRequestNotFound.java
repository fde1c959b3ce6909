package org.tutela.incidents;

import java.util.UUID;

import org.tutela.platform.problem.NotFound;

/** No such request, or not one of the signed-in contact's organisations. */
public class AuthorityRequestNotFound extends NotFound {

	public AuthorityRequestNotFound(UUID id) {
		super("authority-request-not-found", id);
	}

}
