package org.tutela.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
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
import org.tutela.personaldata.PersonId;
import org.tutela.platform.crypto.Sha256;

/**
 * Cancelling registrations: by staff, by the organiser calling a session off, by a client
 * contact or the participant in the portal, or by the link in the confirmation. A
 * cancellation of a confirmed place gives it to the first one waiting. Each cancellation
 * keeps whether the fee is due, for billing: after the course's free term unless staff
 * waive it, never for a session called off.
 */
@Service
public class Cancelling {

	private final Sessions sessions;

	private final RegistrationStore store;

	private final RegistrationLookup lookup;

	private final RegistrationMails mails;

	private final AuditTrail audit;

	private final Clock clock;

	Cancelling(Sessions sessions, RegistrationStore store, RegistrationLookup lookup, RegistrationMails mails,
			AuditTrail audit, Clock clock) {
		this.sessions = sessions;
		this.store = store;
		this.lookup = lookup;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
	}

	/** Staff cancel a registration, with the course's terms. */
	@PreAuthorize("hasAuthority('enrolment.manage')")
	@Transactional
	public Registration cancel(UUID registration) {
		return cancel(this.lookup.find(registration), "staff", null);
	}

	/**
	 * Staff cancel a registration and decide whether the fee is due, whatever the terms.
	 */
	@PreAuthorize("hasAuthority('enrolment.manage')")
	@Transactional
	public Registration cancel(UUID registration, boolean feeDue) {
		return cancel(this.lookup.find(registration), "staff", feeDue);
	}

	/**
	 * Whether cancelling the registration today falls after the course's free term: what
	 * staff are told before they cancel.
	 */
	@PreAuthorize("hasAuthority('enrolment.manage')")
	@Transactional(readOnly = true)
	public boolean late(Registration registration) {
		return late(registration, this.sessions.get(registration.session()));
	}

	/**
	 * The organiser calls a session off: it leaves the calendar, and every place on it,
	 * waiting or not, is cancelled free of charge, each participant told. The number of
	 * places cancelled.
	 */
	@PreAuthorize("hasAuthority('enrolment.manage') and hasAuthority('catalog.manage')")
	@Transactional
	public int cancelSession(UUID session) {
		this.sessions.cancel(session);
		List<Registration> open = this.store.ofSession(session)
			.stream()
			.filter(registration -> registration.status() != RegistrationStatus.CANCELLED)
			.toList();
		open.forEach(registration -> cancel(registration, "organiser", false));
		return open.size();
	}

	/** A client contact cancels a registration they made, or a participant their own. */
	@PreAuthorize("hasAuthority('portal')")
	@Transactional
	public Registration cancelFor(UUID registration, @Nullable PersonId person) {
		Registration found = this.lookup.involving(registration, person);
		return cancel(found, found.participant().equals(person) ? "participant" : "client-contact", null);
	}

	/**
	 * The participant follows the link in their confirmation; empty when the link is
	 * unknown.
	 */
	@Transactional
	public Optional<Registration> cancelWithToken(String token) {
		return this.store.byCancelToken(Sha256.hex(token)).map(found -> cancel(found, "participant", null));
	}

	/** The registration a cancellation link is for, to show before it is used. */
	@Transactional(readOnly = true)
	public Optional<Registration> byCancelToken(String token) {
		return this.store.byCancelToken(Sha256.hex(token));
	}

	/**
	 * Cancels the registration; the fee is due as {@code feeDue} says, or, when it says
	 * nothing, when the cancellation is late.
	 */
	private Registration cancel(Registration registration, String by, @Nullable Boolean feeDue) {
		if (registration.status() == RegistrationStatus.CANCELLED) {
			return registration;
		}
		Session session = this.sessions.get(registration.session());
		this.store.lockSession(session.id());
		LocalDate today = LocalDate.now(this.clock);
		boolean late = late(registration, session);
		boolean due = feeDue == null ? late : feeDue;
		this.store.cancel(registration.id(), by, late, due, this.clock.instant());
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, registration.participant(),
				"registration cancelled by " + by + (due ? ", fee due" : ", free of charge")));
		this.mails.cancelled(registration, session, late, due);
		if (registration.status() == RegistrationStatus.CONFIRMED && !session.cancelled() && !session.over(today)) {
			this.store.firstWaiting(session.id()).ifPresent(next -> {
				this.store.promote(next.id());
				this.audit
					.record(AuditEvent.of(AuditAction.UPDATE, next.participant(), "moved up from the waiting list"));
				this.mails.promoted(next, session);
			});
		}
		return this.store.find(registration.id()).orElseThrow();
	}

	private boolean late(Registration registration, Session session) {
		return !session.cancelled() && registration.status() == RegistrationStatus.CONFIRMED
				&& LocalDate.now(this.clock)
					.isAfter(session.firstDay().minusDays(session.course().freeCancellationDays()));
	}

}
