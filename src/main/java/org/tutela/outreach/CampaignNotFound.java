package org.tutela.outreach;

import org.tutela.platform.problem.NotFound;

public class CampaignNotFound extends NotFound {

	public CampaignNotFound(Object id) {
		super("campaign-not-found", id);
	}

}
