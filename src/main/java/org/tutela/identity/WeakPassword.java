package org.tutela.identity;

import org.tutela.platform.problem.DomainProblem;

/**
 * A new password that is too short, too long, too common or the same as before (ASVS
 * 6.2).
 */
public class WeakPassword extends DomainProblem {

	private final String reason;

	public WeakPassword(String reason) {
		super("weak-password");
		this.reason = reason;
	}

	/** The message key of the reason, for the form that asked for the password. */
	public String reason() {
		return this.reason;
	}

}
