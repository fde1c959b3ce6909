package org.tutela.requests;

import org.tutela.platform.problem.Conflict;

/**
 * The step does not fit where the request is: closed already, not verified yet, or past
 * the first period.
 */
public class RequestNotOpen extends Conflict {

	public RequestNotOpen(String slug) {
		super(slug);
	}

}
