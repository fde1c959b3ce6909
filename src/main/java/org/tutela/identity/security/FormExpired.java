package org.tutela.identity.security;

import org.tutela.platform.problem.DomainProblem;

/**
 * A form sent without the token of the page it came from: the page was open longer than a
 * session lasts, or the browser kept no cookie. Nothing of it was taken.
 */
class FormExpired extends DomainProblem {

	FormExpired() {
		super("form-expired");
	}

}
