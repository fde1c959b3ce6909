package org.tutela.members;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.members.application.MembershipStore;
import org.tutela.personaldata.MembershipEnded;
import org.tutela.personaldata.PersonId;

/**
 * Whether a person is a member's contact: the contact of a membership whose end has not
 * been announced ({@link MembershipEnded}). For the modules that act on the end of a
 * membership for no one signed in, such as outreach, which keeps a person on the members'
 * legal lists while another membership still makes them a member's contact (CES-2). It
 * shows nothing of the membership, so no permission is asked and nothing is audited.
 */
@Service
public class MemberContacts {

	private final MembershipStore store;

	MemberContacts(MembershipStore store) {
		this.store = store;
	}

	@Transactional(readOnly = true)
	public boolean current(PersonId person) {
		return this.store.runsFor(person);
	}

}
