package org.tutela.network;

import java.util.List;

import org.tutela.catalog.Session;

/**
 * An event's participant list as it would be handed to the participants: those named, and
 * how many are left out because they asked not to be named or their processing is
 * restricted (VCK-8).
 */
public record ParticipantList(Session session, List<ParticipantLine> named, int leftOut) {

	public ParticipantList {
		named = List.copyOf(named);
	}

}
