package org.tutela.billing;

import java.util.UUID;

import org.tutela.platform.problem.NotFound;

/** An invoice that was not handed over for collection has no hand-over to read. */
public class HandOverNotFound extends NotFound {

	public HandOverNotFound(UUID invoice) {
		super("hand-over-not-found", invoice);
	}

}
