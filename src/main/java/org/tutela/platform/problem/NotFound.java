package org.tutela.platform.problem;

/** Something that was asked for by its id does not exist: answered with 404. */
public abstract class NotFound extends DomainProblem {

	protected NotFound(String slug, Object... arguments) {
		super(slug, arguments);
	}

}
