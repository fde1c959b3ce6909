package org.tutela.enrolment;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tutela.enrolment.registration.RegistrationStore;
import org.tutela.personaldata.PersonId;

/**
 * One registration by its id, for those who read and those who cancel it; refused, for
 * the portal, when the person neither holds nor made it.
 */
@Component
class RegistrationLookup {

	private final RegistrationStore store;

	RegistrationLookup(RegistrationStore store) {
		this.store = store;
	}

	Registration find(UUID id) {
		return this.store.find(id).orElseThrow(() -> new RegistrationNotFound(id));
	}

	Registration involving(UUID registration, @Nullable PersonId person) {
		Registration found = find(registration);
		if (person == null || !person.equals(found.registrant()) && !person.equals(found.participant())) {
			throw new AccessDeniedException("Not a registration of this person");
		}
		return found;
	}

}
