package org.tutela.personaldata;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * The DPO closed out the end of a client's contract (MEN-21, CER-10): the modules that
 * keep data for the client give it up, except what concerns the persons in {@code kept}
 * (a legal hold or an open data-subject request). Published by retention, which wrote the
 * proof; people end the client's contact roles, enrolment makes the client's
 * registrations forget who registered them. It lives here, beside the catalogue every
 * module answers to, as the modules that act on it sit below retention.
 */
public record ClientContractClosedOut(UUID organisation, LocalDate endedOn, Set<UUID> kept) {

	public ClientContractClosedOut {
		kept = Set.copyOf(kept);
	}

}
