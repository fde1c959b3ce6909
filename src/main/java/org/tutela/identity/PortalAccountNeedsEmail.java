package org.tutela.identity;

import org.tutela.platform.problem.DomainProblem;

/**
 * A portal account signs in by e-mailed link, so it needs a portal role and an e-mail
 * address.
 */
public class PortalAccountNeedsEmail extends DomainProblem {

	public PortalAccountNeedsEmail() {
		super("portal-account-needs-email");
	}

}
