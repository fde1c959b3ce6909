package org.tutela.people;

import org.tutela.platform.problem.DomainProblem;

/** A file that cannot be imported at all: empty or too large. */
public class ImportFileRefused extends DomainProblem {

	public ImportFileRefused(String reason) {
		super("import-file-" + reason);
	}

}
