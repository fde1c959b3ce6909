package org.tutela.retention.hold;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tutela.requests.DataRequests;

/**
 * The persons under a legal hold now: one placed by staff, or an open data-subject
 * request.
 */
@Component
public class HeldPersons {

	private final HoldStore holds;

	private final DataRequests requests;

	HeldPersons(HoldStore holds, DataRequests requests) {
		this.holds = holds;
		this.requests = requests;
	}

	public Set<UUID> now() {
		Set<UUID> held = new HashSet<>(this.holds.heldPersons());
		held.addAll(this.requests.personsWithOpenRequests());
		return held;
	}

}
