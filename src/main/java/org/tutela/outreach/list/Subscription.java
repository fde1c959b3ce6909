package org.tutela.outreach.list;

import java.util.UUID;

/** A person's place on a list. */
public record Subscription(UUID list, UUID person, Status status) {

	public enum Status {

		PENDING, ACTIVE, ENDED

	}

	/** Why a subscription ended. */
	public enum EndReason {

		UNSUBSCRIBED, BOUNCED, STAFF

	}

}
