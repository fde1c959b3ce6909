package org.tutela.consent;

/** How the choice reached the organisation. */
public enum Channel {
	FORM, PORTAL, PAPER, IMPORT, EMAIL_LINK, STAFF
}
