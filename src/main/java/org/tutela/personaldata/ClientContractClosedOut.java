package org.tutela.personaldata;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The DPO closed out the end of a client's contract (MEN-21, CER-10), and retention,
 * which wrote the proof, decided what goes: the contact roles of the persons in
 * {@code contacts} end (people), and the registrations in {@code registrations} forget
 * who registered them (enrolment). Persons under a legal hold or with an open request are
 * in neither. The listeners act on these ids only, so a late delivery (after a restart)
 * touches nothing added since, for a renewed contract. It lives here, beside the
 * catalogue every module answers to, as the modules that act on it sit below retention.
 */
public record ClientContractClosedOut(UUID organisation, LocalDate endedOn, List<PersonId> contacts,
		List<UUID> registrations) {

	public ClientContractClosedOut {
		contacts = List.copyOf(contacts);
		registrations = List.copyOf(registrations);
	}

}
