package org.tutela.people;

import java.util.UUID;

import org.tutela.platform.DomainProblem;

public class SamePerson extends DomainProblem {

	public SamePerson(UUID id) {
		super("same-person", id);
	}

}
