package org.tutela.incidents;

import org.tutela.platform.problem.NotFound;

/** No breach in the register has this id. */
public class BreachNotFound extends NotFound {

	public BreachNotFound() {
		super("breach-not-found");
	}

}
