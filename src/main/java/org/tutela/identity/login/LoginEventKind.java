package org.tutela.identity.login;

import org.tutela.audit.AuditAction;

/** What happened at a connection (CES-7). */
public enum LoginEventKind {

	LOGIN(AuditAction.LOGIN), LOGIN_FAILED(AuditAction.LOGIN_FAILED), LOCKED(AuditAction.LOGIN_FAILED),
	LOGOUT(AuditAction.LOGOUT), PASSWORD_CHANGED(AuditAction.PASSWORD_CHANGED),
	SECOND_FACTOR_ENROLLED(AuditAction.SECOND_FACTOR), SECOND_FACTOR_PASSED(AuditAction.SECOND_FACTOR),
	SECOND_FACTOR_FAILED(AuditAction.SECOND_FACTOR), RECOVERY_CODE_USED(AuditAction.SECOND_FACTOR);

	private final AuditAction auditAction;

	LoginEventKind(AuditAction auditAction) {
		this.auditAction = auditAction;
	}

	AuditAction auditAction() {
		return this.auditAction;
	}

}
