package org.tutela.dossiers;

import java.util.UUID;

import org.tutela.platform.problem.NotFound;

/** No award or candidacy with this id. */
public class AwardNotFound extends NotFound {

	public AwardNotFound(UUID id) {
		super("award-not-found", id.toString());
	}

}
