package org.tutela.platform.problem;

/** A change that contradicts what is already stored: answered with 409. */
public abstract class Conflict extends DomainProblem {

	protected Conflict(String slug, Object... arguments) {
		super(slug, arguments);
	}

}
