package org.tutela.people;

import java.util.UUID;

import org.tutela.platform.problem.Conflict;

/**
 * The import is still being checked, has no valid row, or was already confirmed or
 * discarded.
 */
public class ImportNotConfirmable extends Conflict {

	public ImportNotConfirmable(UUID id) {
		super("import-not-confirmable", id);
	}

}
