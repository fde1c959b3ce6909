package org.tutela.outreach;

import org.tutela.platform.problem.Conflict;

public class CampaignNotDraft extends Conflict {

	public CampaignNotDraft(Object id) {
		super("campaign-not-draft", id);
	}

}
