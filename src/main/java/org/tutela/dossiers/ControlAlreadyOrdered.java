package org.tutela.dossiers;

import org.tutela.platform.problem.Conflict;

/**
 * The employer already has a control under way for this worker: a second one would send a
 * second physician.
 */
public class ControlAlreadyOrdered extends Conflict {

	public ControlAlreadyOrdered(String reference) {
		super("control-already-ordered", reference);
	}

}
