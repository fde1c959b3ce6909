package org.tutela.people.organisation;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.people.ContactRole;
import org.tutela.people.MembershipStatus;
import org.tutela.people.Organisation;
import org.tutela.personaldata.MembershipEnded;
import org.tutela.personaldata.PersonId;

/**
 * Once an organisation's membership has ended, the persons its member records made its
 * contacts lose the contact role the membership gave them, so that the pack's rules reach
 * them (CES-9: at most three years after the end of membership); each removal is audited.
 * Their other roles stay, and so does every role while the organisation is a member again
 * (a late delivery touches nothing a new membership gave) or a client whose contract
 * runs, where the role is a client contact's until the contract's end is closed out
 * ({@link ContractEndContacts}). Handling it twice removes nothing more.
 */
@Component
class MembershipEndContacts {

	private final OrganisationStore store;

	private final AuditTrail audit;

	private final Clock clock;

	MembershipEndContacts(OrganisationStore store, AuditTrail audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(MembershipEnded ended) {
		Organisation organisation = this.store.withoutContacts(ended.organisation()).orElse(null);
		if (organisation == null || organisation.membershipStatus() == MembershipStatus.MEMBER
				|| contractRuns(organisation, LocalDate.now(this.clock))) {
			return;
		}
		for (PersonId person : ended.contacts()) {
			if (this.store.removeContact(ended.organisation(), person, ContactRole.OTHER)) {
				this.audit.record(AuditEvent.of(AuditAction.DELETE, person,
						"contact role at an organisation whose membership ended"));
			}
		}
	}

	private static boolean contractRuns(Organisation organisation, LocalDate today) {
		return organisation.contractStart() != null && !organisation.contractStart().isAfter(today)
				&& (organisation.contractEnd() == null || !organisation.contractEnd().isBefore(today));
	}

}
