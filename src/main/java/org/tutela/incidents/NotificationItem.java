package org.tutela.incidents;

import java.util.List;

/**
 * One item of the notification to the supervisory authority, in the reader's words: the
 * heading the authority's form gives it and what to fill in.
 */
public record NotificationItem(String heading, List<String> lines) {

	public NotificationItem {
		lines = List.copyOf(lines);
	}

}
