package org.tutela.dossiers.access;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.dossiers.ControlSummary;
import org.tutela.dossiers.FileRefused;
import org.tutela.identity.AccountId;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.personaldata.PersonId;
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

	private final DepartmentStore departments;

	private final AuditTrail audit;

	FileAccess(DepartmentStore departments, AuditTrail audit) {
		this.departments = departments;
		this.audit = audit;
	}

	/** Whether the signed-in account may read this control's file. */
	public boolean mayRead(ControlSummary control, Activity activity) {
		return Caller.account()
			.filter(me -> entitled(activity))
			.map(me -> me.equals(control.physician()) || headsItsDepartment(me, control))
			.orElse(false);
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
		boolean assigned = Caller.account()
			.filter(me -> entitled(activity))
			.map(me -> me.equals(control.physician()))
			.orElse(false);
		if (!assigned) {
			refuse(control, activity, what);
		}
	}

	/**
	 * Refuses, on the record, a caller who heads no department, or who heads another
	 * department than the one the control is in.
	 */
	public void requireMayAssign(ControlSummary control, Activity activity) {
		if (!Caller.account().map(me -> headsItsDepartment(me, control)).orElse(false)) {
			refuse(control, activity, "assignment");
		}
	}

	/**
	 * Refuses, on the record, a caller whose role the pack does not let into the
	 * activity: the files of a worker sent to their attending physician pass through a
	 * head physician, never through the request desk (MEN-17).
	 */
	public void requireEntitled(PersonId worker, Activity activity, String what) {
		if (!entitled(activity)) {
			refuse(worker, activity, what + " refused: role not entitled");
		}
	}

	/**
	 * Whether the caller's role is one the pack lets into the activity, and may read
	 * special-category data at all.
	 */
	private static boolean entitled(Activity activity) {
		return Caller.role().map(role -> role.namedIn(activity.access())).orElse(false)
				&& Caller.holds(Permission.READ_SPECIAL_CATEGORY);
	}

	/**
	 * Whether the account heads the control's department, or, for an order no physician
	 * has yet, any department.
	 */
	private boolean headsItsDepartment(AccountId account, ControlSummary control) {
		return control.department() == null ? this.departments.headsAny(account)
				: this.departments.heads(account, control.department());
	}

	private void refuse(ControlSummary control, Activity activity, String what) {
		refuse(control.worker(), activity, what + " refused: not assigned, control " + control.reference());
	}

	private void refuse(PersonId worker, Activity activity, String detail) {
		this.audit
			.record(new AuditEvent(AuditAction.PROCESSING_REFUSED, worker, null, activity.id(), Set.of(), detail));
		throw new FileRefused();
	}

	/**
	 * Refuses, on the record, a caller who is not the one account a file is in the hands
	 * of, as a psychosocial case is in the hands of one prevention adviser alone (MEN-11,
	 * MEN-18): no head, administrator or DPO reads it, and the role must still be one the
	 * pack lets into the activity.
	 */
	public void requireHandler(AccountId handler, @Nullable PersonId person, String file, Activity activity,
			String what) {
		if (!Caller.account().filter(me -> entitled(activity)).map(handler::equals).orElse(false)) {
			this.audit.record(new AuditEvent(AuditAction.PROCESSING_REFUSED, person, null, activity.id(), Set.of(),
					what + " refused: not handling it, " + file));
			throw new FileRefused("this file is only for the one who handles it");
		}
	}

	/**
	 * Whether the signed-in account may read this file: its physician, or the head of its
	 * department, in a role the pack lets into the activity.
	 */
	public boolean mayRead(AssignedFile file, Activity activity) {
		return Caller.account()
			.filter(me -> entitled(activity))
			.map(me -> me.equals(file.physician())
					|| file.department() != null && this.departments.heads(me, file.department()))
			.orElse(false);
	}

	/** Refuses, on the record, a caller who may not read the file. */
	public void requireMayRead(AssignedFile file, Activity activity, String what) {
		if (!mayRead(file, activity)) {
			refuse(file.worker(), activity, what, file.label());
		}
	}

	/**
	 * Refuses, on the record, a caller who is not the physician the file is assigned to.
	 */
	public void requireAssigned(AssignedFile file, Activity activity, String what) {
		if (!Caller.account().filter(me -> entitled(activity)).map(me -> me.equals(file.physician())).orElse(false)) {
			refuse(file.worker(), activity, what, file.label());
		}
	}

	/** Refuses, on the record, a caller who does not head the file's department. */
	public void requireMayAssign(AssignedFile file, Activity activity) {
		if (!Caller.account()
			.filter(me -> entitled(activity))
			.map(me -> file.department() != null && this.departments.heads(me, file.department()))
			.orElse(false)) {
			refuse(file.worker(), activity, "assignment", file.label());
		}
	}

	/**
	 * Author only: what a physician writes for themselves (section 3 of a health file,
	 * Code on well-being at work, Book I, Title 4) is read by that physician alone, not
	 * by the head of the department.
	 */
	public boolean isAuthor(AccountId author, Activity activity) {
		return Caller.account().filter(me -> entitled(activity)).map(author::equals).orElse(false);
	}

	/**
	 * Whether the caller's role is one the pack lets into the activity, with the right to
	 * read special-category data: who may open a file.
	 */
	public boolean entitledTo(Activity activity) {
		return Caller.account().isPresent() && entitled(activity);
	}

	/** A file given to one physician, in a department or none, about one worker. */
	public record AssignedFile(PersonId worker, @Nullable AccountId physician, @Nullable UUID department,
			String label) {

	}

	private void refuse(PersonId worker, Activity activity, String what, String label) {
		refuse(worker, activity, what + " refused: not assigned, " + label);
	}

}
