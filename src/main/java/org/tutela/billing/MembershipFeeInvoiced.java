package org.tutela.billing;

import org.tutela.platform.problem.Conflict;

/**
 * A member's fee for a year is on one invoice at most: another drafting took it while
 * this one ran; drafting again adds the members left.
 */
public class MembershipFeeInvoiced extends Conflict {

	public MembershipFeeInvoiced() {
		super("membership-fee-invoiced");
	}

}
