package org.tutela.enrolment;

/**
 * How a registration came in: the public form (self), a client contact in the portal, or
 * staff.
 */
public enum RegistrationSource {

	WEB_FORM, PORTAL, STAFF

}
