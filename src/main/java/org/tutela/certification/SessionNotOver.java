package org.tutela.certification;

import java.util.UUID;

import org.tutela.platform.Conflict;

/** Certificates are issued once the session's last day is over. */
public class SessionNotOver extends Conflict {

	public SessionNotOver(UUID session) {
		super("session-not-over", session.toString());
	}

}
