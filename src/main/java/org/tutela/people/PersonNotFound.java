package org.tutela.people;

import java.util.UUID;

import org.tutela.platform.problem.NotFound;

public class PersonNotFound extends NotFound {

	public PersonNotFound(UUID id) {
		super("person-not-found", id);
	}

}
