package org.tutela.dossiers;

import org.tutela.platform.problem.Conflict;

/**
 * The control has moved past the step asked for: reported, called off, or not yet
 * examined.
 */
public class ControlNotOpen extends Conflict {

	public ControlNotOpen(String reference, ControlStatus status) {
		super("control-not-open", reference, status.name());
	}

}
