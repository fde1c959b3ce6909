package org.tutela.identity.mfa;

import org.tutela.platform.problem.DomainProblem;

/** A second-factor code that is wrong, expired or used already. */
public class WrongCode extends DomainProblem {

	public WrongCode() {
		super("wrong-code");
	}

}
