package org.tutela.dossiers;

import org.tutela.platform.problem.NotFound;

/**
 * The organisation's policy keeps no absenteeism controls: there is nothing to order or
 * read.
 */
public class ControlsNotOffered extends NotFound {

	public ControlsNotOffered() {
		super("controls-not-offered");
	}

}
