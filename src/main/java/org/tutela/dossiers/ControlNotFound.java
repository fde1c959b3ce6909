package org.tutela.dossiers;

import java.util.UUID;

import org.tutela.platform.problem.NotFound;

/** No control has the given id, or none the caller may know of. */
public class ControlNotFound extends NotFound {

	public ControlNotFound(UUID id) {
		super("control-not-found", id.toString());
	}

}
