package org.tutela.identity.login;

/** What happened at a connection (CES-7). */
public enum LoginEventKind {

	LOGIN, LOGIN_FAILED, LOCKED, LOGOUT, PASSWORD_CHANGED, SECOND_FACTOR_ENROLLED, SECOND_FACTOR_PASSED,
	SECOND_FACTOR_FAILED, RECOVERY_CODE_USED

}
