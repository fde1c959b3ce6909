package org.tutela.personaldata;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An organisation's membership ended: {@code lastDay} has passed and no other membership
 * of it runs, so it is a former member from the next day (CES-4). The members module
 * announces it once, at that moment and not before, naming the persons its member records
 * made the organisation's contacts. Outreach takes them off the members' legal lists,
 * unless another membership still makes them a member's contact (CES-2); people ends the
 * contact role the membership gave them, so that the pack's rule counted from the end of
 * membership, and then the person's own, reach them (CES-9). It lives here, beside the
 * catalogue every module answers to, as people, which acts on it, sits below members.
 */
public record MembershipEnded(UUID organisation, LocalDate lastDay, List<PersonId> contacts) {

	public MembershipEnded {
		contacts = List.copyOf(contacts);
	}

}
