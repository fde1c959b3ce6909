package org.tutela.dossiers.surveillance;

import org.tutela.platform.problem.NotFound;

/** The organisation's policy keeps no health surveillance: there is no file to read. */
public class HealthFilesNotOffered extends NotFound {

	public HealthFilesNotOffered() {
		super("health-files-not-offered");
	}

}
