package org.tutela.people.organisation;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.personaldata.ClientContractClosedOut;
import org.tutela.personaldata.PersonId;

/**
 * Once the end of a client's contract is closed out, its persons lose the contact roles
 * they held there (MEN-21, CER-10), as the close-out decided; each removal is audited.
 * Handling it twice removes nothing more.
 */
@Component
class ContractEndContacts {

	private final OrganisationStore store;

	private final AuditTrail audit;

	ContractEndContacts(OrganisationStore store, AuditTrail audit) {
		this.store = store;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(ClientContractClosedOut closed) {
		for (PersonId person : closed.contacts()) {
			if (this.store.removeContact(closed.organisation(), person) > 0) {
				this.audit.record(AuditEvent.of(AuditAction.DELETE, person,
						"contact roles at an organisation whose contract ended"));
			}
		}
	}

}
