package org.tutela.incidents;

import org.tutela.platform.problem.NotFound;

/**
 * The policy pack sets no clock for authority requests: the organisation has no clients
 * to inform of them, so there is nothing to record.
 */
public class AuthorityRequestsNotKept extends NotFound {

	public AuthorityRequestsNotKept() {
		super("authority-requests-not-kept");
	}

}
