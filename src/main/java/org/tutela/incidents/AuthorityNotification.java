package org.tutela.incidents;

import java.util.List;

/**
 * What to fill in on the supervisory authority's online form for a breach (GDPR Art.
 * 33(3)), its items in the order of the form of the controller's country, with the
 * submissions made so far.
 */
public record AuthorityNotification(Breach breach, String authority, String country, List<NotificationItem> items) {

	public AuthorityNotification {
		items = List.copyOf(items);
	}

}
