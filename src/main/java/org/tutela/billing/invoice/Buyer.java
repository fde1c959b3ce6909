package org.tutela.billing.invoice;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.enrolment.Registration;
import org.tutela.personaldata.PersonId;

/** Who pays an invoice: a client organisation, or a private person. */
record Buyer(@Nullable UUID organisation, @Nullable PersonId person) {

	/**
	 * Who pays for a registration: the organisation it was made for; without one, whoever
	 * registered the participant, or the participant who registered themselves.
	 */
	static Buyer of(Registration registration) {
		if (registration.organisation() != null) {
			return new Buyer(registration.organisation(), null);
		}
		return new Buyer(null,
				registration.registrant() != null ? registration.registrant() : registration.participant());
	}

}
