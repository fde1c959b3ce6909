package org.tutela.outreach;

import java.util.List;

import org.tutela.personaldata.PersonId;

/**
 * The preference centre of one person: each list they are or were on and whether they
 * receive it, and each use of their data on legitimate interest they may object to (GDPR
 * Art. 21, CES-11, VCK-8), with whether they did.
 */
public record Preferences(PersonId person, String firstName, List<Entry> lists, List<Objection> objections) {

	public Preferences {
		lists = List.copyOf(lists);
		objections = List.copyOf(objections);
	}

	public record Entry(MailingList list, boolean receiving) {
	}

	/** An activity of the pack on legitimate interest, by its id. */
	public record Objection(String activity, boolean objected) {
	}

}
