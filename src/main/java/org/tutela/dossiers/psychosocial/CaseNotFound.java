package org.tutela.dossiers.psychosocial;

import org.tutela.platform.problem.NotFound;

/** No psychosocial case has the given id. */
public class CaseNotFound extends NotFound {

	public CaseNotFound() {
		super("psychosocial-case-not-found");
	}

}
