package org.tutela.enrolment;

import java.util.UUID;

import org.tutela.platform.problem.NotFound;

public class RegistrationNotFound extends NotFound {

	public RegistrationNotFound(UUID id) {
		super("registration-not-found", id.toString());
	}

}
