package org.tutela.dossiers.surveillance;

import java.util.UUID;

import org.tutela.platform.problem.NotFound;

/** No health file, examination or workstation has the given id. */
public class HealthFileNotFound extends NotFound {

	public HealthFileNotFound(UUID id) {
		super("health-file-not-found", id.toString());
	}

}
