package org.tutela.people;

import java.util.UUID;

import org.tutela.platform.problem.NotFound;

public class ImportNotFound extends NotFound {

	public ImportNotFound(UUID id) {
		super("import-not-found", id);
	}

}
