package org.tutela.enrolment;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tutela.catalog.Session;
import org.tutela.catalog.SessionRescheduled;
import org.tutela.catalog.Sessions;
import org.tutela.enrolment.registration.RegistrationMails;

/**
 * Once a session's move is stored, each participant with a place is told its new days,
 * hours and place, in their language; those on the waiting list hear when they get a
 * place.
 */
@Component
class RescheduledSessionMails {

	private final Sessions sessions;

	private final Registrations registrations;

	private final RegistrationMails mails;

	RescheduledSessionMails(Sessions sessions, Registrations registrations, RegistrationMails mails) {
		this.sessions = sessions;
		this.registrations = registrations;
		this.mails = mails;
	}

	@ApplicationModuleListener
	void on(SessionRescheduled moved) {
		Session session = this.sessions.get(moved.session());
		this.registrations.confirmed(session.id())
			.forEach(registration -> this.mails.rescheduled(registration, session));
	}

}
