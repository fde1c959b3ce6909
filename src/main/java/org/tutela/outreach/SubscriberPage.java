package org.tutela.outreach;

import java.util.List;

/** One page of a list's subscribers, newest first. */
public record SubscriberPage(MailingList list, List<Subscriber> subscribers, int page, boolean more) {

	public SubscriberPage {
		subscribers = List.copyOf(subscribers);
	}

}
