package org.tutela.retention.hold;

import java.util.HashSet;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.tutela.personaldata.PersonId;
import org.tutela.requests.DpoDesk;

/**
 * The persons under a legal hold now: one placed by staff, or an open data-subject
 * request.
 */
@Component
public class HeldPersons {

	private final HoldStore holds;

	private final DpoDesk desk;

	HeldPersons(HoldStore holds, DpoDesk desk) {
		this.holds = holds;
		this.desk = desk;
	}

	public Set<PersonId> now() {
		Set<PersonId> held = new HashSet<>(this.holds.heldPersons());
		held.addAll(this.desk.personsWithOpenRequests());
		return held;
	}

}
