package org.tutela.audit;

/** What a member of staff, or the system, did with personal data (ALL-2). */
public enum AuditAction {

	READ, CREATE, UPDATE, DELETE, EXPORT, DISCLOSE, LOGIN, LOGIN_FAILED, LOGOUT, SECOND_FACTOR, PASSWORD_CHANGED,
	PROCESSING_REFUSED

}
