package org.tutela.people;

import java.util.UUID;

import org.tutela.platform.problem.DomainProblem;

public class SamePerson extends DomainProblem {

	public SamePerson(UUID id) {
		super("same-person", id);
	}

}
