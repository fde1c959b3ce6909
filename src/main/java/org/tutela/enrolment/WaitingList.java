package org.tutela.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.enrolment.registration.RegistrationMails;
import org.tutela.enrolment.registration.RegistrationStore;

/**
 * Staff giving someone on the waiting list a place that is free, as when a session moved
 * to a larger room: the place is confirmed and the participant told, as when a
 * cancellation moves them up.
 */
@Service
public class WaitingList {

	private final Sessions sessions;

	private final RegistrationStore store;

	private final RegistrationLookup lookup;

	private final RegistrationMails mails;

	private final AuditTrail audit;

	private final Clock clock;

	WaitingList(Sessions sessions, RegistrationStore store, RegistrationLookup lookup, RegistrationMails mails,
			AuditTrail audit, Clock clock) {
		this.sessions = sessions;
		this.store = store;
		this.lookup = lookup;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('enrolment.manage')")
	@Transactional
	public Registration moveIn(UUID registration) {
		Registration waiting = this.lookup.find(registration);
		Session session = this.sessions.get(waiting.session());
		this.store.lockSession(session.id());
		if (waiting.status() != RegistrationStatus.WAITING || session.cancelled()
				|| session.over(LocalDate.now(this.clock))
				|| this.store.count(session.id(), RegistrationStatus.CONFIRMED) >= session.capacity()) {
			throw new NoPlaceToGive(registration);
		}
		this.store.promote(waiting.id());
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, waiting.participant(), "moved in from the waiting list"));
		this.mails.promoted(waiting, session);
		return this.store.find(waiting.id()).orElseThrow();
	}

}
