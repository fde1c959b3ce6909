package org.tutela.requests;

/** How a request reached the organisation. */
public enum Intake {

	WEB, PORTAL, EMAIL, LETTER, REGISTERED_LETTER

}
