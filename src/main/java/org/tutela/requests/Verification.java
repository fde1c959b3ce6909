package org.tutela.requests;

/** How the requester was shown to be the person. */
public enum Verification {

	/** They opened a link sent to an address the organisation holds for them. */
	EMAIL_CHALLENGE,
	/** They were signed in to the portal. */
	PORTAL,
	/** A member of staff checked the evidence (an identity document, a signed letter). */
	STAFF

}
