package org.tutela.recruitment;

import org.tutela.platform.problem.NotFound;

/** The organisation's policy takes no job applications: there is nothing to show. */
public class RecruitmentNotOffered extends NotFound {

	public RecruitmentNotOffered() {
		super("recruitment-not-offered");
	}

}
