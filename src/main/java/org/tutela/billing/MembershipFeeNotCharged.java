package org.tutela.billing;

import org.tutela.platform.problem.Conflict;

/**
 * Members' fees are drafted only where the organisation charges one: its amount is set
 * ({@code tutela.billing.membership-fee}).
 */
public class MembershipFeeNotCharged extends Conflict {

	public MembershipFeeNotCharged() {
		super("membership-fee-not-charged");
	}

}
