package org.tutela.people;

import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.DomainProblem;

public class SamePerson extends DomainProblem {

	public SamePerson(PersonId id) {
		super("same-person", id);
	}

}
