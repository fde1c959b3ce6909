package org.tutela.enrolment.registration;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tutela.personaldata.ClientContractClosedOut;

/**
 * Once the end of a client's contract is closed out, its contacts no longer see whom they
 * registered: the registrations the close-out named forget their registrant. The
 * registrations themselves stay, as the training records' retention rule says.
 */
@Component
class ContractEndRegistrants {

	private final RegistrationStore store;

	ContractEndRegistrants(RegistrationStore store) {
		this.store = store;
	}

	@ApplicationModuleListener
	void on(ClientContractClosedOut closed) {
		this.store.forgetRegistrants(closed.organisation(), closed.registrations());
	}

}
