package org.tutela.dossiers.psychosocial;

import java.time.Clock;
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
import org.tutela.dossiers.FileReference;
import org.tutela.dossiers.FileRefused;
import org.tutela.dossiers.access.FileAccess;
import org.tutela.dossiers.inspection.OrderChecks;
import org.tutela.identity.AccountId;
import org.tutela.identity.Caller;
import org.tutela.identity.StaffAccount;
import org.tutela.identity.StaffAccounts;
import org.tutela.people.IdentifierKind;
import org.tutela.people.NewIdentifier;
import org.tutela.people.NewPerson;
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
 * Requests for formal psychosocial intervention (Code on well-being at work, book I,
 * title 3), in the hands of the psychosocial prevention adviser alone: the adviser who
 * registers a case handles it, writes its notes and closes it, and may hand it to another
 * adviser, who then alone reads it (MEN-11, MEN-18). No head, administrator, DPO or
 * physician reads a case; each refusal is recorded before the 403 and each reading is
 * audited (ALL-2). Lists show no account, note or outcome.
 */
@Service
public class PsychosocialCases {

	/**
	 * The catalogue's purpose for psychosocial files; the pack names the activity that
	 * serves it.
	 */
	public static final String PURPOSE = "psychosocial-interventions";

	private final PsychosocialStore store;

	private final FileAccess access;

	private final Register register;

	private final PurposeGuard guard;

	private final AuditTrail audit;

	private final Persons persons;

	private final StaffAccounts accounts;

	private final Clock clock;

	PsychosocialCases(PsychosocialStore store, FileAccess access, Register register, PurposeGuard guard,
			AuditTrail audit, Persons persons, StaffAccounts accounts, Clock clock) {
		this.store = store;
		this.access = access;
		this.register = register;
		this.guard = guard;
		this.audit = audit;
		this.persons = persons;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Whether the organisation's policy keeps psychosocial files at all. */
	public boolean offered() {
		return this.register.pack().keeps(PURPOSE);
	}

	/**
	 * Whether the signed-in adviser may register a request here: else refused or not
	 * found.
	 */
	@PreAuthorize("hasAuthority('psychosocial-files.read')")
	public void checkRegistering() {
		activity();
	}

	/** The cases the signed-in adviser handles, open ones first. */
	@PreAuthorize("hasAuthority('psychosocial-files.read')")
	@Transactional
	public List<Listed> mine() {
		activity();
		return this.store.handledBy(me())
			.stream()
			.map(summary -> new Listed(summary, this.persons.get(summary.applicant()).fullName()))
			.toList();
	}

	/** For the dashboard: how many open cases the signed-in adviser handles. */
	@PreAuthorize("hasAuthority('psychosocial-files.read')")
	@Transactional(readOnly = true)
	public int openCount() {
		return this.store.countOpenHandledBy(me());
	}

	/**
	 * Registers a request once every field keeps its rule: the applicant is found by
	 * their national register number or registered, and the signed-in adviser handles the
	 * case. A refused request leaves nothing behind.
	 */
	@PreAuthorize("hasAuthority('psychosocial-files.read')")
	@Transactional
	public CaseSummary register(InterventionRequest request) {
		Activity activity = activity();
		LocalDate today = LocalDate.now(this.clock);
		List<FieldError> errors = new ArrayList<>();
		String firstName = OrderChecks.required("firstName", request.firstName(), TextRule.NAME, errors);
		String lastName = OrderChecks.required("lastName", request.lastName(), TextRule.NAME, errors);
		String language = OrderChecks.language(request.language(), errors);
		String nationalNumber = OrderChecks.nationalNumber(request.nationalNumber(), request.birthDate(), today,
				errors);
		String employer = OrderChecks.required("employerName", request.employer(), TextRule.LINE, errors);
		if (request.kind() == null) {
			errors.add(new FieldError("requestKind", "required"));
		}
		LocalDate submitted = request.submittedOn();
		if (submitted == null) {
			errors.add(new FieldError("submittedOn", "required"));
		}
		else if (submitted.isAfter(today)) {
			errors.add(new FieldError("submittedOn", "psychosocial.submitted-future"));
		}
		String account = OrderChecks.required("facts", request.account(), TextRule.PARAGRAPH, errors);
		String involved = optional("involved", request.involved(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		PersonId applicant = this.persons.matchOrRegisterWorker(new NewPerson(firstName, null, lastName,
				request.birthDate(), language, null, Provenance.WEB_FORM, List.of(), List.of(), nationalNumber == null
						? List.of() : List.of(new NewIdentifier(IdentifierKind.NATIONAL_NUMBER, nationalNumber))));
		UUID id = UUID.randomUUID();
		String reference = FileReference.next("PS-");
		this.store.insert(new NewCase(id, reference, applicant, employer, request.kind(), submitted, account, involved,
				me(), Caller.name(), this.clock.instant()));
		this.audit.record(new AuditEvent(AuditAction.CREATE, applicant, null, activity.id(),
				Set.of("account", "involved"), "psychosocial case " + reference + " registered"));
		return this.store.summary(id).orElseThrow();
	}

	/**
	 * A case's whole file, for the adviser handling it alone; the refusal of anyone else
	 * is recorded before the 403, and the reading is audited.
	 */
	@PreAuthorize("hasAuthority('backoffice')")
	@Transactional(noRollbackFor = FileRefused.class)
	public Opened file(UUID id) {
		Activity activity = activity();
		CaseSummary summary = handled(id, activity, "psychosocial file");
		CaseFile file = this.store.file(summary);
		this.audit
			.record(AuditEvent.read(summary.applicant(), activity.id(), "account", "involved", "notes", "outcome"));
		return new Opened(file, this.persons.get(summary.applicant()).fullName(),
				file.notes().stream().map(note -> this.accounts.displayName(note.writtenBy())).toList());
	}

	/** The adviser handling an open case adds a dated note to it. */
	@PreAuthorize("hasAuthority('psychosocial-files.read')")
	@Transactional(noRollbackFor = FileRefused.class)
	public void note(UUID id, @Nullable LocalDate notedOn, @Nullable String text) {
		Activity activity = activity();
		CaseSummary summary = handled(id, activity, "psychosocial note");
		List<FieldError> errors = new ArrayList<>();
		day("notedOn", notedOn, summary, errors);
		String kept = OrderChecks.required("note", text, TextRule.PARAGRAPH, errors);
		unchanged("note", summary, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		this.guard.require(summary.applicant(), activity.id());
		this.store.note(id, UUID.randomUUID(), notedOn, kept, me(), this.clock.instant());
		this.audit.record(new AuditEvent(AuditAction.UPDATE, summary.applicant(), null, activity.id(), Set.of("notes"),
				"psychosocial case " + summary.reference() + " note added"));
	}

	/** The adviser handling an open case closes it, with the day and the outcome. */
	@PreAuthorize("hasAuthority('psychosocial-files.read')")
	@Transactional(noRollbackFor = FileRefused.class)
	public void close(UUID id, @Nullable LocalDate closedOn, @Nullable String outcome) {
		Activity activity = activity();
		CaseSummary summary = handled(id, activity, "psychosocial closing");
		List<FieldError> errors = new ArrayList<>();
		day("closedOn", closedOn, summary, errors);
		String kept = OrderChecks.required("outcome", outcome, TextRule.LINE, errors);
		unchanged("closedOn", summary, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		this.guard.require(summary.applicant(), activity.id());
		this.store.close(id, closedOn, kept);
		this.audit.record(new AuditEvent(AuditAction.UPDATE, summary.applicant(), null, activity.id(),
				Set.of("status", "closed_on", "outcome"), "psychosocial case " + summary.reference() + " closed"));
	}

	/**
	 * The adviser handling a case hands it to another psychosocial prevention adviser
	 * (Code on well-being at work, book I, title 3, art. 34, MEN-20): from then on only
	 * the other adviser reads it. The hand-over is in the audit trail.
	 */
	@PreAuthorize("hasAuthority('psychosocial-files.read')")
	@Transactional(noRollbackFor = FileRefused.class)
	public void handOver(UUID id, @Nullable AccountId to) {
		Activity activity = activity();
		CaseSummary summary = handled(id, activity, "psychosocial hand-over");
		if (summary.handedOver()) {
			throw new InvalidInput(List.of(new FieldError("adviser", "psychosocial.case-transferred")));
		}
		AccountId adviser = advisers().stream()
			.map(StaffAccount::id)
			.filter(candidate -> candidate.equals(to) && !candidate.equals(summary.adviser()))
			.findFirst()
			.orElseThrow(() -> new InvalidInput(List.of(new FieldError("adviser", "psychosocial.not-an-adviser"))));
		this.store.handOver(id, adviser);
		this.audit.record(new AuditEvent(AuditAction.UPDATE, summary.applicant(), null, activity.id(),
				Set.of("adviser_id"),
				"psychosocial case " + summary.reference() + " handed over to " + this.accounts.displayName(adviser)));
	}

	/** The other advisers a case can be handed to. */
	@PreAuthorize("hasAuthority('psychosocial-files.read')")
	@Transactional(readOnly = true)
	public List<StaffAccount> otherAdvisers() {
		AccountId me = me();
		return advisers().stream().filter(adviser -> !adviser.id().equals(me)).toList();
	}

	private List<StaffAccount> advisers() {
		return this.accounts.psychosocialAdvisers().stream().filter(adviser -> !adviser.locked()).toList();
	}

	private CaseSummary handled(UUID id, Activity activity, String what) {
		CaseSummary summary = this.store.summary(id).orElseThrow(CaseNotFound::new);
		this.access.requireHandler(summary.adviser(), summary.applicant(), "case " + summary.reference(), activity,
				what);
		return summary;
	}

	/**
	 * A closed case, or one handed to the client's new service, is changed no more: it is
	 * kept here as it left.
	 */
	private static void unchanged(String field, CaseSummary summary, List<FieldError> errors) {
		if (summary.handedOver()) {
			errors.add(new FieldError(field, "psychosocial.case-transferred"));
		}
		else if (!summary.open()) {
			errors.add(new FieldError(field, "psychosocial.case-closed"));
		}
	}

	private void day(String field, @Nullable LocalDate day, CaseSummary summary, List<FieldError> errors) {
		day(field, day, summary, LocalDate.now(this.clock), errors);
	}

	/** A day of a case: given, not after today, and not before the request. */
	static void day(String field, @Nullable LocalDate day, CaseSummary summary, LocalDate today,
			List<FieldError> errors) {
		if (day == null) {
			errors.add(new FieldError(field, "required"));
		}
		else if (day.isAfter(today)) {
			errors.add(new FieldError(field, "psychosocial.day-future"));
		}
		else if (day.isBefore(summary.submittedOn())) {
			errors.add(new FieldError(field, "psychosocial.before-request"));
		}
	}

	private static @Nullable String optional(String field, @Nullable String value, List<FieldError> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		return OrderChecks.required(field, value, TextRule.PARAGRAPH, errors);
	}

	Activity activity() {
		return this.register.pack().activityServing(PURPOSE).orElseThrow(PsychosocialFilesNotKept::new);
	}

	private static AccountId me() {
		return Caller.account().orElseThrow(FileRefused::new);
	}

	/** A case as the adviser's list shows it, with the applicant's name. */
	public record Listed(CaseSummary summary, String applicant) {

	}

	/**
	 * A case opened by the adviser handling it; {@code authors} names the writer of each
	 * note, in order.
	 */
	public record Opened(CaseFile file, String applicant, List<String> authors) {

	}

}
