package org.tutela.certification;

import java.util.UUID;

import org.tutela.platform.problem.Conflict;

/**
 * The session's course leads to no certificate reported to an authority, or the pack has
 * no certification activity.
 */
public class NotCertified extends Conflict {

	public NotCertified(UUID session) {
		super("not-certified", session.toString());
	}

}
