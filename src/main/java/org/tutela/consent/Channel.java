package org.tutela.consent;

/**
 * How the choice reached the organisation: on a form, in the portal or through a link in
 * a mail (the person acting on a page of ours), on a signed paper form or in the person's
 * own e-mail (recorded by staff, with a reference to that proof), by import, or told to
 * staff.
 */
public enum Channel {

	FORM, PORTAL, PAPER, EMAIL, IMPORT, EMAIL_LINK, STAFF

}
