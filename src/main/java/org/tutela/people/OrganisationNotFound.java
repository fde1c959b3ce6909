package org.tutela.people;

import java.util.UUID;

import org.tutela.platform.problem.NotFound;

public class OrganisationNotFound extends NotFound {

	public OrganisationNotFound(UUID id) {
		super("organisation-not-found", id);
	}

}
