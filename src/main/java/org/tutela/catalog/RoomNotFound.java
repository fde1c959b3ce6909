package org.tutela.catalog;

import java.util.UUID;

import org.tutela.platform.problem.NotFound;

/** No room has the given id. */
public class RoomNotFound extends NotFound {

	public RoomNotFound(UUID id) {
		super("room-not-found", id.toString());
	}

}
