package org.tutela.dossiers.access;

import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.dossiers.ControlSummary;
import org.tutela.dossiers.FileRefused;
import org.tutela.identity.AccountId;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.register.Activity;

/**
 * Need to know by assignment, not by role alone (MEN-11): a medical file is read by the
 * physician it is assigned to and by the head of that physician's department (an order no
 * physician has yet, by the heads, who assign it), and only where the pack lets their
 * role into the activity. Anyone else is refused, and the refusal is recorded in the
 * audit trail with the worker it concerned (ALL-2).
 */
@Component
public class FileAccess {

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	FileAccess(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** Whether the signed-in account may read this control's file. */
	public boolean mayRead(ControlSummary control, Activity activity) {
		Optional<AccountId> me = Caller.account();
		boolean listed = Caller.role().map(role -> role.namedIn(activity.access())).orElse(false);
		if (me.isEmpty() || !listed || !Caller.holds(Permission.READ_SPECIAL_CATEGORY)) {
			return false;
		}
		return me.get().equals(control.physician())
				|| (control.department() == null ? headsAny(me.get()) : heads(me.get(), control));
	}

	/** Whether the signed-in account is the physician the control is assigned to. */
	private boolean isAssigned(ControlSummary control, Activity activity) {
		return mayRead(control, activity) && Caller.account().map(me -> me.equals(control.physician())).orElse(false);
	}

	/** Refuses, on the record, a caller who may not read the file. */
	public void requireMayRead(ControlSummary control, Activity activity, String what) {
		if (!mayRead(control, activity)) {
			refuse(control, activity, what);
		}
	}

	/**
	 * Refuses, on the record, a caller who is not the physician the control is assigned
	 * to.
	 */
	public void requireAssigned(ControlSummary control, Activity activity, String what) {
		if (!isAssigned(control, activity)) {
			refuse(control, activity, what);
		}
	}

	/**
	 * Refuses, on the record, a caller who heads no department, or who heads another
	 * department than the one the control is in.
	 */
	public void requireMayAssign(ControlSummary control, Activity activity) {
		Optional<AccountId> me = Caller.account();
		boolean allowed = me.isPresent()
				&& (control.department() == null ? headsAny(me.get()) : heads(me.get(), control));
		if (!allowed) {
			refuse(control, activity, "assignment");
		}
	}

	private boolean headsAny(AccountId account) {
		return this.jdbc.sql("SELECT COUNT(*) FROM dossiers_department_member WHERE account_id = :account AND head")
			.param("account", account.value())
			.query(Integer.class)
			.single() > 0;
	}

	private void refuse(ControlSummary control, Activity activity, String what) {
		this.audit.record(new AuditEvent(AuditAction.PROCESSING_REFUSED, control.worker(), null, activity.id(),
				Set.of(), what + " refused: not assigned, control " + control.reference()));
		throw new FileRefused();
	}

	private boolean heads(AccountId account, ControlSummary control) {
		return control.department() != null && this.jdbc.sql("""
				SELECT COUNT(*) FROM dossiers_department_member
				WHERE department_id = :department AND account_id = :account AND head""")
			.param("department", control.department())
			.param("account", account.value())
			.query(Integer.class)
			.single() > 0;
	}

}
