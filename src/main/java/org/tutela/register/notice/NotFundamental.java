package org.tutela.register.notice;

import org.tutela.platform.problem.Conflict;

/** Clients are told of fundamental changes only; this version changed wording alone. */
public class NotFundamental extends Conflict {

	public NotFundamental(long seq) {
		super("notice-version-not-fundamental", seq);
	}

}
