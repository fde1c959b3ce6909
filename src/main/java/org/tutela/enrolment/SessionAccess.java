package org.tutela.enrolment;

import org.springframework.security.access.AccessDeniedException;
import org.tutela.catalog.Session;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;

/**
 * Who may open a session's registrations and attendance: staff who manage enrolment, and
 * the session's own trainers (MEN-11); nobody else.
 */
public final class SessionAccess {

	private SessionAccess() {
	}

	public static boolean mayOpen(Session session) {
		return Caller.holds(Permission.MANAGE_ENROLMENT) || Caller.holds(Permission.RECORD_ATTENDANCE)
				&& Caller.account().filter(account -> session.trainers().contains(account.value())).isPresent();
	}

	public static void checkMayOpen(Session session) {
		if (!mayOpen(session)) {
			throw new AccessDeniedException("Not a session of this account");
		}
	}

}
