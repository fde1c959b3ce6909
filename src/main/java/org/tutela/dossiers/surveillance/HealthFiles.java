package org.tutela.dossiers.surveillance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.dossiers.Department;
import org.tutela.dossiers.FileReference;
import org.tutela.dossiers.FileRefused;
import org.tutela.dossiers.access.Assignees;
import org.tutela.dossiers.access.DepartmentStore;
import org.tutela.dossiers.access.DepartmentStore.Membership;
import org.tutela.dossiers.access.FileAccess;
import org.tutela.identity.AccountId;
import org.tutela.identity.Caller;
import org.tutela.identity.StaffAccounts;
import org.tutela.people.IdentifierKind;
import org.tutela.people.NewIdentifier;
import org.tutela.people.NewPerson;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.people.Person;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;
import org.tutela.register.Activity;
import org.tutela.register.PurposeGuard;
import org.tutela.register.Register;

/**
 * Health surveillance of a client's workers (MEN-5, MEN-11, MEN-17): one health file per
 * worker per employer, given to an occupational physician. The file is read by that
 * physician and the head of the physician's department, in a role the pack lets into the
 * activity; anyone else is refused on the record, and every read is audited (ALL-2). The
 * physician's own notes (section 3) are read by their author alone; a workstation's
 * exposure (section 4) by the physicians of any worker at it.
 */
@Service
public class HealthFiles {

	/**
	 * The catalogue's purpose for health files; the pack names the activity serving it.
	 */
	public static final String PURPOSE = "health-surveillance";

	private final HealthFileStore store;

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

	HealthFiles(HealthFileStore store, DepartmentStore departments, FileAccess access, Register register,
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

	/** Whether the organisation's policy keeps health surveillance at all. */
	public boolean offered() {
		return this.register.pack().keeps(PURPOSE);
	}

	/** The files given to the signed-in physician. */
	@PreAuthorize("hasAuthority('medical-files.read')")
	@Transactional
	public List<Listed> assignedToMe() {
		activity();
		return listed(this.store.assignedTo(me()));
	}

	/** The files of the departments the signed-in head physician heads. */
	@PreAuthorize("hasAuthority('controls.assign')")
	@Transactional
	public List<Listed> ofMyDepartments() {
		activity();
		return listed(this.store.ofDepartmentsHeadedBy(me()));
	}

	/**
	 * The client organisations a file can be opened for whose name holds the words looked
	 * for; none before the physician looks.
	 */
	@PreAuthorize("hasAuthority('medical-files.read')")
	@Transactional(readOnly = true)
	public List<Organisation> clients(@Nullable String named) {
		activity();
		String words = blank(named);
		if (words == null) {
			return List.of();
		}
		String lower = words.toLowerCase(Locale.ROOT);
		return this.organisations.current()
			.stream()
			.filter(organisation -> organisation.name().toLowerCase(Locale.ROOT).contains(lower))
			.limit(50)
			.toList();
	}

	/**
	 * Opens the worker's file with this employer, given to the physician who opens it in
	 * their department; the worker is matched on the national register number when given.
	 * A worker who has a file with this employer already keeps it.
	 */
	@PreAuthorize("hasAuthority('medical-files.read')")
	@Transactional(noRollbackFor = FileRefused.class)
	public UUID open(NewHealthFile opening) {
		Activity activity = activity();
		AccountId me = me();
		if (!this.access.entitledTo(activity)) {
			throw new FileRefused();
		}
		List<FieldError> errors = new ArrayList<>();
		Optional<Organisation> employer = opening.organisation() == null ? Optional.empty()
				: this.organisations.current()
					.stream()
					.filter(organisation -> organisation.id().equals(opening.organisation()))
					.findFirst();
		if (employer.isEmpty()) {
			errors.add(new FieldError("organisation", "required"));
		}
		required("firstName", opening.firstName(), TextRule.NAME, errors);
		required("lastName", opening.lastName(), TextRule.NAME, errors);
		if (opening.birthDate() == null) {
			errors.add(new FieldError("birthDate", "required"));
		}
		required("workstation", opening.workstation(), TextRule.LINE, errors);
		TextRule.NAME.check("jobFunction", blank(opening.jobFunction()), errors);
		if (opening.employedSince() != null && opening.employedSince().isAfter(today())) {
			errors.add(new FieldError("employedSince", "health.future"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		String number = blank(opening.nationalNumber());
		PersonId worker = this.persons
			.matchOrRegisterWorker(new NewPerson(opening.firstName(), null, opening.lastName(), opening.birthDate(),
					"nl", blank(opening.jobFunction()), Provenance.EMPLOYER, List.of(), List.of(),
					number == null ? List.of() : List.of(new NewIdentifier(IdentifierKind.NATIONAL_NUMBER, number))));
		UUID organisation = employer.orElseThrow().id();
		Optional<HealthFile> known = this.store.fileOf(worker, organisation);
		if (known.isPresent()) {
			return known.get().id();
		}
		this.guard.require(worker, activity.id());
		UUID workstation = this.store.workstation(organisation, opening.workstation().strip(), this.clock.instant());
		HealthFile file = new HealthFile(UUID.randomUUID(), FileReference.next("HF-"), worker, organisation,
				workstation, blank(opening.jobFunction()), opening.employedSince(), this.clock.instant(),
				this.store.departmentOf(me).orElse(null), me, today());
		this.store.insert(file, me);
		this.audit.record(new AuditEvent(AuditAction.CREATE, worker, null, activity.id(),
				Set.of("organisation_id", "workstation_id", "job_function", "employed_since"),
				"health file " + file.reference() + " opened"));
		return file.id();
	}

	/**
	 * The file, for its physician or the head of the department: sections 1, 2 and 4, and
	 * in section 3 only what the reader wrote. The refusal of anyone else is recorded
	 * before the 403.
	 */
	@PreAuthorize("hasAuthority('backoffice')")
	@Transactional(noRollbackFor = FileRefused.class)
	public Opened file(UUID id) {
		Activity activity = activity();
		HealthFile file = this.store.file(id).orElseThrow(() -> new HealthFileNotFound(id));
		this.access.requireMayRead(file.assigned(), activity, "health file");
		AccountId me = me();
		Workstation workstation = file.workstation() == null ? null
				: this.store.workstation(file.workstation()).orElse(null);
		Person worker = this.persons.get(file.worker());
		Opened opened = new Opened(file, worker.fullName(), worker.birthDate(), employer(file.organisation()),
				physician(file.physician()), workstation, this.store.history(id), this.store.examinations(id),
				this.store.notesBy(id, me), me.equals(file.physician()));
		this.audit.record(AuditEvent.read(file.worker(), activity.id(), "history", "findings", "conclusion", "notes"));
		return opened;
	}

	/**
	 * The physicians the signed-in head can give a file to: the members of their
	 * departments.
	 */
	@PreAuthorize("hasAuthority('controls.assign')")
	@Transactional(readOnly = true)
	public List<Department.Member> assignees() {
		return this.assignees.of(me());
	}

	/**
	 * The head of the file's department gives it to a physician of a department they
	 * head.
	 */
	@PreAuthorize("hasAuthority('controls.assign')")
	@Transactional(noRollbackFor = FileRefused.class)
	public void assign(UUID id, @Nullable AccountId physician) {
		Activity activity = activity();
		HealthFile file = this.store.file(id).orElseThrow(() -> new HealthFileNotFound(id));
		this.access.requireMayAssign(file.assigned(), activity);
		Membership member = this.departments.headedBy(me())
			.stream()
			.filter(membership -> membership.account().equals(physician))
			.findFirst()
			.orElseThrow(() -> new InvalidInput(List.of(new FieldError("physician", "control.not-your-physician"))));
		this.guard.require(file.worker(), activity.id());
		this.store.assign(id, member.department(), member.account(), Caller.name(), this.clock.instant());
		this.audit.record(new AuditEvent(AuditAction.UPDATE, file.worker(), null, activity.id(), Set.of("physician_id"),
				"health file " + file.reference() + " assigned"));
	}

	/** The assigned physician writes the occupational history (section 2). */
	@PreAuthorize("hasAuthority('medical-files.read')")
	@Transactional(noRollbackFor = FileRefused.class)
	public void history(UUID id, @Nullable String history) {
		Activity activity = activity();
		HealthFile file = assigned(id, activity, "history");
		List<FieldError> errors = new ArrayList<>();
		TextRule.PARAGRAPH.check("history", blank(history), errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		this.guard.require(file.worker(), activity.id());
		this.store.history(id, blank(history), today());
		this.audit.record(new AuditEvent(AuditAction.UPDATE, file.worker(), null, activity.id(), Set.of("history"),
				"health file " + file.reference() + " history written"));
	}

	/**
	 * The assigned physician records an examination with its form: the findings, which
	 * stay in the file, and the assessment the employer and the worker will receive.
	 */
	@PreAuthorize("hasAuthority('medical-files.read')")
	@Transactional(noRollbackFor = FileRefused.class)
	public UUID examine(UUID id, NewExamination examination) {
		Activity activity = activity();
		HealthFile file = assigned(id, activity, "examination");
		List<FieldError> errors = examination.problems(today());
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		this.guard.require(file.worker(), activity.id());
		UUID examined = UUID.randomUUID();
		this.store.examine(id, examined, examination.examinedOn(), me(), blank(examination.findings()),
				examination.assessment(), this.clock.instant());
		this.audit.record(new AuditEvent(AuditAction.UPDATE, file.worker(), null, activity.id(),
				Set.of("examined_on", "findings", "conclusion"),
				"health file " + file.reference() + " examination recorded"));
		return examined;
	}

	/** The author writes a note for themselves (section 3). */
	@PreAuthorize("hasAuthority('medical-files.read')")
	@Transactional(noRollbackFor = FileRefused.class)
	public void note(UUID id, @Nullable String text) {
		Activity activity = activity();
		HealthFile file = assigned(id, activity, "note");
		List<FieldError> errors = new ArrayList<>();
		required("note", text, TextRule.PARAGRAPH, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		this.guard.require(file.worker(), activity.id());
		this.store.note(id, UUID.randomUUID(), me(), today(), text.strip(), this.clock.instant());
		this.audit.record(new AuditEvent(AuditAction.UPDATE, file.worker(), null, activity.id(), Set.of("notes"),
				"health file " + file.reference() + " note written"));
	}

	/**
	 * The workstations the signed-in physician reads the exposure of: those where one of
	 * their workers, or of their department's, works.
	 */
	@PreAuthorize("hasAuthority('medical-files.read')")
	@Transactional(readOnly = true)
	public List<Station> workstations() {
		activity();
		return this.store.workstationsOf(me())
			.stream()
			.map(station -> new Station(station, employer(station.organisation())))
			.toList();
	}

	/**
	 * A physician of a worker at the workstation records what it exposes to (section 4);
	 * the change is audited.
	 */
	@PreAuthorize("hasAuthority('medical-files.read')")
	@Transactional(noRollbackFor = FileRefused.class)
	public void exposure(UUID workstation, @Nullable String exposure) {
		Activity activity = activity();
		if (this.store.workstationsOf(me()).stream().noneMatch(station -> station.id().equals(workstation))) {
			throw new FileRefused();
		}
		List<FieldError> errors = new ArrayList<>();
		TextRule.PARAGRAPH.check("exposure", blank(exposure), errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		this.store.exposure(workstation, blank(exposure), this.clock.instant());
		this.audit.record(new AuditEvent(AuditAction.UPDATE, null, null, activity.id(), Set.of("exposure"),
				"workstation " + workstation + ": exposure changed"));
	}

	/**
	 * Every health file about the worker, all four sections and every note, for the copy
	 * a head physician sends to the attending physician the worker's access request names
	 * (MEN-17); each reading is audited.
	 */
	@PreAuthorize("hasAuthority('medical-files.release')")
	@Transactional(noRollbackFor = FileRefused.class)
	public List<Opened> forAttendingPhysician(PersonId worker) {
		return offered() ? whole(this.store.about(worker), "copy for the attending physician") : List.of();
	}

	/**
	 * Every health file kept for the client's workers, whole, for the client's next
	 * external service (MEN-20); each reading is audited.
	 */
	@PreAuthorize("hasAuthority('medical-files.release')")
	@Transactional(noRollbackFor = FileRefused.class)
	public List<Opened> forTransfer(UUID organisation) {
		return offered() ? whole(this.store.ofEmployer(organisation), "transfer to the next service") : List.of();
	}

	/** The clients some health file is kept for. */
	@PreAuthorize("hasAuthority('medical-files.release')")
	@Transactional(readOnly = true)
	public List<UUID> employers() {
		return offered() ? this.store.employers() : List.of();
	}

	/** The files as they leave the service: every section, every author's notes. */
	private List<Opened> whole(List<HealthFile> files, String why) {
		Activity activity = activity();
		return files.stream().map(file -> {
			this.access.requireEntitled(file.worker(), activity, why);
			Person worker = this.persons.getFor(file.worker(), activity.id());
			Opened opened = new Opened(file, worker.fullName(), worker.birthDate(), employer(file.organisation()),
					physician(file.physician()),
					file.workstation() == null ? null : this.store.workstation(file.workstation()).orElse(null),
					this.store.history(file.id()), this.store.examinations(file.id()), this.store.allNotes(file.id()),
					false);
			this.audit
				.record(AuditEvent.read(file.worker(), activity.id(), "history", "findings", "conclusion", "notes"));
			return opened;
		}).toList();
	}

	HealthFile assigned(UUID id, Activity activity, String what) {
		HealthFile file = this.store.file(id).orElseThrow(() -> new HealthFileNotFound(id));
		this.access.requireAssigned(file.assigned(), activity, what);
		return file;
	}

	/** The pack's activity health files serve; refused where the pack keeps none. */
	public Activity activity() {
		return this.register.pack().activityServing(PURPOSE).orElseThrow(HealthFilesNotOffered::new);
	}

	String physician(AccountId physician) {
		return this.accounts.displayName(physician);
	}

	String employer(UUID organisation) {
		return this.organisations.name(organisation).orElse("");
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private List<Listed> listed(List<HealthFile> files) {
		return files.stream()
			.map(file -> new Listed(file, this.persons.get(file.worker()).fullName(), employer(file.organisation()),
					physician(file.physician())))
			.toList();
	}

	private static void required(String field, @Nullable String text, TextRule rule, List<FieldError> errors) {
		if (blank(text) == null) {
			errors.add(new FieldError(field, "required"));
		}
		else {
			rule.check(field, text.strip(), errors);
		}
	}

	static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static AccountId me() {
		return Caller.account().orElseThrow(FileRefused::new);
	}

	/**
	 * A file as a list shows it: whose, for which employer, with whom; no health datum.
	 */
	public record Listed(HealthFile file, String worker, String employer, String physician) {

	}

	/** A workstation with its employer's name. */
	public record Station(Workstation workstation, String employer) {

	}

	/**
	 * A file opened by someone entitled to it: the notes are the reader's own;
	 * {@code assigned} says whether they may also add to it.
	 */
	public record Opened(HealthFile file, String worker, @Nullable LocalDate birthDate, String employer,
			String physician, @Nullable Workstation workstation, @Nullable String history,
			List<Examination> examinations, List<Note> notes, boolean assigned) {

	}

}
