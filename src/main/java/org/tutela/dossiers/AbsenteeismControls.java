package org.tutela.dossiers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.dossiers.access.Assignees;
import org.tutela.dossiers.access.DepartmentStore;
import org.tutela.dossiers.access.DepartmentStore.Membership;
import org.tutela.dossiers.access.FileAccess;
import org.tutela.dossiers.inspection.ControlStore;
import org.tutela.dossiers.inspection.FindingChecks;
import org.tutela.identity.AccountId;
import org.tutela.identity.Caller;
import org.tutela.identity.StaffAccounts;
import org.tutela.people.Organisations;
import org.tutela.people.Persons;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;
import org.tutela.register.Activity;
import org.tutela.register.PurposeGuard;
import org.tutela.register.Register;

/**
 * The service's side of absenteeism control: the head physician assigns each order to a
 * physician of the department, who plans the visit or convocation and records the
 * findings. The file is read only by that physician and the head of the department
 * (MEN-11); anyone else is refused on the record, and every read is audited (ALL-2).
 * Lists show no health datum.
 */
@Service
public class AbsenteeismControls {

	/**
	 * The catalogue's purpose for controls; the pack names the activity that serves it.
	 */
	public static final String PURPOSE = "absenteeism-control";

	private final ControlStore store;

	private final DepartmentStore departments;

	private final FileAccess access;

	private final Register register;

	private final PurposeGuard guard;

	private final AuditTrail audit;

	private final Persons persons;

	private final Organisations organisations;

	private final StaffAccounts accounts;

	private final Assignees assignees;

	private final Clock clock;

	AbsenteeismControls(ControlStore store, DepartmentStore departments, FileAccess access, Register register,
			PurposeGuard guard, AuditTrail audit, Persons persons, Organisations organisations, StaffAccounts accounts,
			Assignees assignees, Clock clock) {
		this.store = store;
		this.departments = departments;
		this.access = access;
		this.register = register;
		this.guard = guard;
		this.audit = audit;
		this.persons = persons;
		this.organisations = organisations;
		this.accounts = accounts;
		this.assignees = assignees;
		this.clock = clock;
	}

	/** Whether the organisation's policy keeps absenteeism controls at all. */
	public boolean offered() {
		return this.register.pack().keeps(PURPOSE);
	}

	/** The controls assigned to the signed-in physician. */
	@PreAuthorize("hasAuthority('medical-files.read')")
	@Transactional
	public List<Listed> assignedToMe() {
		activity();
		return listed(this.store.assignedTo(me()));
	}

	/** The controls of the departments the signed-in head physician heads. */
	@PreAuthorize("hasAuthority('controls.assign')")
	@Transactional
	public List<Listed> ofMyDepartments() {
		activity();
		return listed(this.store.ofDepartmentsHeadedBy(me()));
	}

	/**
	 * Orders no physician has yet: only heads of a department see them (they reveal an
	 * absence).
	 */
	@PreAuthorize("hasAuthority('controls.assign')")
	@Transactional
	public List<Listed> waiting() {
		activity();
		return this.departments.headsAny(me()) ? listed(this.store.waiting()) : List.of();
	}

	/**
	 * For the dashboard: how many controls under way the signed-in physician has, and,
	 * for a head of a department, how many orders wait for a physician. Counts name
	 * nobody and are not reads of anyone's data.
	 */
	@PreAuthorize("hasAuthority('medical-files.read')")
	@Transactional(readOnly = true)
	public Counts counts() {
		AccountId me = me();
		return new Counts(this.store.countOpenAssignedTo(me),
				this.departments.headsAny(me) ? this.store.countWaiting() : 0);
	}

	/**
	 * The physicians the signed-in head can give a control to: the members of their
	 * departments.
	 */
	@PreAuthorize("hasAuthority('controls.assign')")
	@Transactional(readOnly = true)
	public List<Department.Member> assignees() {
		return this.assignees.of(me());
	}

	/**
	 * A control's whole file, health data included, for the physician it is assigned to
	 * or the head of that physician's department; the refusal of anyone else is recorded
	 * before the 403.
	 */
	@PreAuthorize("hasAuthority('backoffice')")
	@Transactional(noRollbackFor = FileRefused.class)
	public Opened file(UUID id) {
		Activity activity = activity();
		ControlSummary control = this.store.summary(id).orElseThrow(() -> new ControlNotFound(id));
		this.access.requireMayRead(control, activity, "file");
		ControlFile file = this.store.file(control);
		this.audit.record(AuditEvent.read(control.worker(), activity.id(), "employee_number", "stay", "incapacity",
				"attending_doctor", "conclusion", "findings"));
		return new Opened(file, this.persons.get(control.worker()).fullName(), employer(control), physician(control),
				Caller.account().map(me -> me.equals(control.physician())).orElse(false));
	}

	/**
	 * Every control file about the worker, health data included, for the copy a head
	 * physician sends to the attending physician the worker's access request names
	 * (MEN-17, CER-9); each reading is audited.
	 */
	@PreAuthorize("hasAuthority('medical-files.release')")
	@Transactional(noRollbackFor = FileRefused.class)
	public List<Opened> forAttendingPhysician(PersonId worker) {
		if (!offered()) {
			return List.of();
		}
		Activity activity = activity();
		this.access.requireEntitled(worker, activity, "copy for the attending physician");
		String name = this.persons.get(worker).fullName();
		return this.store.about(worker).stream().map(control -> {
			this.audit.record(AuditEvent.read(worker, activity.id(), "employee_number", "stay", "incapacity",
					"attending_doctor", "conclusion", "findings"));
			return new Opened(this.store.file(control), name, employer(control), physician(control), false);
		}).toList();
	}

	/**
	 * Gives the control to a physician of a department the signed-in head heads; a
	 * control given to someone else leaves the former physician at once.
	 */
	@PreAuthorize("hasAuthority('controls.assign')")
	@Transactional(noRollbackFor = FileRefused.class)
	public void assign(UUID id, @Nullable AccountId physician) {
		Activity activity = activity();
		ControlSummary control = this.store.summary(id).orElseThrow(() -> new ControlNotFound(id));
		if (control.status() == ControlStatus.REPORTED || control.status() == ControlStatus.CANCELLED) {
			throw new ControlNotOpen(control.reference(), control.status());
		}
		this.access.requireMayAssign(control, activity);
		Membership member = this.departments.headedBy(me())
			.stream()
			.filter(membership -> membership.account().equals(physician))
			.findFirst()
			.orElseThrow(() -> new InvalidInput(List.of(new FieldError("physician", "control.not-your-physician"))));
		this.guard.require(control.worker(), activity.id());
		this.store.assign(id, member.department(), member.account(), Caller.name(), this.clock.instant());
		this.audit.record(new AuditEvent(AuditAction.UPDATE, control.worker(), null, activity.id(),
				Set.of("physician_id"), "control " + control.reference() + " assigned"));
	}

	/**
	 * The assigned physician plans a home visit or a convocation, before the incapacity
	 * ends.
	 */
	@PreAuthorize("hasAuthority('medical-files.read')")
	@Transactional(noRollbackFor = FileRefused.class)
	public void plan(UUID id, @Nullable VisitKind kind, @Nullable Instant at, @Nullable String place) {
		Activity activity = activity();
		ControlSummary control = assignedOpen(id, activity, "visit");
		ControlFile file = this.store.file(control);
		List<FieldError> errors = new ArrayList<>();
		if (kind == null) {
			errors.add(new FieldError("kind", "required"));
		}
		if (at == null) {
			errors.add(new FieldError("at", "required"));
		}
		else if (at.isBefore(this.clock.instant())) {
			errors.add(new FieldError("at", "control.visit-past"));
		}
		else if (day(at).isAfter(file.incapacity().until())) {
			errors.add(new FieldError("at", "control.visit-after-incapacity"));
		}
		String where = place == null || place.isBlank() ? null : place.strip();
		if (kind == VisitKind.CONVOCATION && where == null) {
			errors.add(new FieldError("place", "required"));
		}
		TextRule.LINE.check("place", where, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		this.guard.require(control.worker(), activity.id());
		this.store.plan(id, kind, at, kind == VisitKind.CONVOCATION ? where : null);
		this.audit.record(new AuditEvent(AuditAction.UPDATE, control.worker(), null, activity.id(),
				Set.of("visit_kind", "visit_at", "visit_place"), "control " + control.reference() + " planned"));
	}

	/**
	 * The assigned physician records the examination: its conclusion with the days it
	 * names, and the findings. They can be corrected until the report is issued.
	 */
	@PreAuthorize("hasAuthority('medical-files.read')")
	@Transactional(noRollbackFor = FileRefused.class)
	public void record(UUID id, Finding finding) {
		Activity activity = activity();
		ControlSummary control = assignedOpen(id, activity, "findings");
		ControlFile file = this.store.file(control);
		List<FieldError> errors = FindingChecks.check(finding, day(control.orderedAt()), today(),
				file.incapacity().until());
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		this.guard.require(control.worker(), activity.id());
		Finding kept = new Finding(finding.examinedOn(), finding.conclusion(),
				finding.conclusion().namesJustifiedUntil() ? finding.justifiedUntil() : null,
				finding.conclusion().namesResumption() ? finding.resumableOn() : null,
				finding.findings() == null || finding.findings().isBlank() ? null : finding.findings().strip());
		this.store.record(id, kept, me(), this.clock.instant());
		this.audit.record(new AuditEvent(AuditAction.UPDATE, control.worker(), null, activity.id(),
				Set.of("examined_on", "conclusion", "findings"),
				"control " + control.reference() + " findings recorded"));
	}

	ControlSummary assignedOpen(UUID id, Activity activity, String what) {
		ControlSummary control = this.store.summary(id).orElseThrow(() -> new ControlNotFound(id));
		this.access.requireAssigned(control, activity, what);
		if (control.status() == ControlStatus.ORDERED || !control.status().open()) {
			throw new ControlNotOpen(control.reference(), control.status());
		}
		return control;
	}

	/** The pack's activity controls serve; refused where the pack keeps none. */
	public Activity activity() {
		return this.register.pack().activityServing(PURPOSE).orElseThrow(ControlsNotOffered::new);
	}

	@Nullable String physician(ControlSummary control) {
		return control.physician() == null ? null : this.accounts.displayName(control.physician());
	}

	String employer(ControlSummary control) {
		return this.organisations.name(control.organisation()).orElse("");
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	LocalDate day(Instant at) {
		return at.atZone(this.clock.getZone()).toLocalDate();
	}

	private List<Listed> listed(List<ControlSummary> controls) {
		return controls.stream()
			.map(control -> new Listed(control, this.persons.get(control.worker()).fullName(), employer(control),
					physician(control)))
			.toList();
	}

	private static AccountId me() {
		return Caller.account().orElseThrow(FileRefused::new);
	}

	/** What the dashboard counts for a physician. */
	public record Counts(int mine, int waiting) {

	}

	/**
	 * A control as a list shows it to the service, with the names it needs; no health
	 * datum.
	 */
	public record Listed(ControlSummary control, String worker, String employer, @Nullable String physician) {

	}

	/**
	 * A file opened by someone entitled to it; {@code assigned} says whether they may
	 * also change it.
	 */
	public record Opened(ControlFile file, String worker, String employer, @Nullable String physician,
			boolean assigned) {

	}

}
