package org.tutela.requests;

public enum RequestStatus {

	/**
	 * Nothing is disclosed or changed until the requester is known to be the person
	 * (MEZ-10).
	 */
	AWAITING_VERIFICATION, VERIFIED, COMPLETED,
	/** Refused, with the reason and the route to the supervisory authority (MEZ-15). */
	REFUSED;

	public boolean open() {
		return this == AWAITING_VERIFICATION || this == VERIFIED;
	}

}
