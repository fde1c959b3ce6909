package org.tutela.identity;

import org.tutela.platform.problem.DomainProblem;

/** The current password given to confirm a change is not right. */
public class WrongPassword extends DomainProblem {

	public WrongPassword() {
		super("wrong-password");
	}

}
