package org.tutela.outreach;

import java.util.List;
import java.util.UUID;

/** The preference centre of one person: each list they are or were on, and whether they receive it. */
public record Preferences(UUID person, String firstName, List<Entry> lists) {

	public Preferences {
		lists = List.copyOf(lists);
	}

	public record Entry(MailingList list, boolean receiving) {
	}

}
