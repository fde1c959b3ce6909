package org.tutela.billing;

import org.tutela.platform.problem.Conflict;

/**
 * A registration is on one invoice at most: another drafting took it while this one ran;
 * drafting again adds what is left.
 */
public class RegistrationInvoiced extends Conflict {

	public RegistrationInvoiced() {
		super("registration-invoiced");
	}

}
