package org.tutela.certification;

import java.util.UUID;

import org.tutela.platform.problem.Conflict;

/** The session has no confirmed participants to report. */
public class NothingToExport extends Conflict {

	public NothingToExport(UUID session) {
		super("nothing-to-export", session.toString());
	}

}
