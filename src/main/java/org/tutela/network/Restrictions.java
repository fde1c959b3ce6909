package org.tutela.network;

import org.springframework.stereotype.Component;
import org.tutela.network.contact.ContactStore;
import org.tutela.people.PersonStatus;
import org.tutela.personaldata.PersonId;

/**
 * Whether a person's processing is restricted (GDPR Art. 18), as the requests module sets
 * it through the catalogue: on the people module's record or on the network's own.
 */
@Component
class Restrictions {

	private final PersonStatus status;

	private final ContactStore store;

	Restrictions(PersonStatus status, ContactStore store) {
		this.status = status;
		this.store = store;
	}

	boolean restricted(PersonId person) {
		return this.status.restricted(person) || this.store.restricted(person);
	}

	/**
	 * While the person's data is restricted, nothing of their record changes or is used.
	 */
	void refuse(PersonId person) {
		if (restricted(person)) {
			throw new ContactRestricted();
		}
	}

}
