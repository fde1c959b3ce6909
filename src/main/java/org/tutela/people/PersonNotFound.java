package org.tutela.people;

import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.NotFound;

public class PersonNotFound extends NotFound {

	public PersonNotFound(PersonId id) {
		super("person-not-found", id);
	}

}
