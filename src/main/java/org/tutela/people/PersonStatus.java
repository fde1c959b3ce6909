package org.tutela.people;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.people.person.PersonStore;
import org.tutela.personaldata.PersonId;

/**
 * What other modules may know of a person without reading their data: whether they exist,
 * whether processing is restricted.
 */
@Component
public class PersonStatus {

	private final PersonStore store;

	PersonStatus(PersonStore store) {
		this.store = store;
	}

	/**
	 * Whether the person's processing is restricted (GDPR Art. 18); unknown persons are
	 * not.
	 */
	@Transactional(readOnly = true)
	public boolean restricted(PersonId person) {
		return this.store.restricted(person);
	}

	@Transactional(readOnly = true)
	public boolean exists(PersonId person) {
		return this.store.exists(person);
	}

}
