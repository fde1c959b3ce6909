package org.tutela.dossiers;

import org.tutela.platform.problem.NotFound;

/** The organisation's policy keeps no award candidacies: there is nothing to read. */
public class AwardsNotOffered extends NotFound {

	public AwardsNotOffered() {
		super("awards-not-offered");
	}

}
