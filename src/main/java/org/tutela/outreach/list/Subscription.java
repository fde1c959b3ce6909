package org.tutela.outreach.list;

import java.util.UUID;

import org.tutela.personaldata.PersonId;

/** A person's place on a list. */
public record Subscription(UUID list, PersonId person, Status status) {

	public enum Status {

		PENDING, ACTIVE, ENDED

	}

	/** Why a subscription ended. */
	public enum EndReason {

		UNSUBSCRIBED, BOUNCED, STAFF,
		/**
		 * A place on a list of the members' legal information, which ends with the
		 * membership that gave it.
		 */
		MEMBERSHIP_ENDED

	}

}
