package org.tutela.certification;

import org.tutela.catalog.Session;
import org.tutela.platform.problem.Conflict;

/**
 * Certificates are issued once the session has ended: the day and hour it ends are in the
 * message.
 */
public class SessionNotOver extends Conflict {

	public SessionNotOver(Session session) {
		super("session-not-over", session.lastDay(), session.endsAt());
	}

}
