package org.tutela.recruitment;

import java.util.UUID;

import org.tutela.platform.problem.NotFound;

/** No vacancy of this id, or none that takes applications now. */
public class VacancyNotFound extends NotFound {

	public VacancyNotFound(UUID id) {
		super("vacancy-not-found", id.toString());
	}

}
