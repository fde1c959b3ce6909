package org.tutela.dossiers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.tutela.dossiers.access.AwardAccess;
import org.tutela.dossiers.awards.AwardStore;
import org.tutela.identity.AccountId;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.identity.StaffAccount;
import org.tutela.identity.StaffAccounts;
import org.tutela.people.Organisations;
import org.tutela.people.Persons;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.pdf.PdfFiles;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;
import org.tutela.register.Activity;
import org.tutela.register.PurposeGuard;
import org.tutela.register.Register;
import org.tutela.requests.StaffIntake.Document;

/**
 * Award candidacies and project dossiers of a quality network (VCK-5). The coordinator
 * creates the awards, registers the candidacies and assigns the jurors, and sees of a
 * candidacy its envelope alone: who stands, with which project, received when. A juror
 * assigned to the award reads its dossiers once they have signed the confidentiality
 * statement; anyone else is refused on the record, and every reading is audited (ALL-2).
 */
@Service
public class Awards {

	/**
	 * The catalogue's purpose for candidacies; the pack names the activity serving it.
	 */
	public static final String PURPOSE = "awards";

	/**
	 * The wording of the confidentiality statement jurors sign; a new wording gets a new
	 * version, and a signature says which one it was.
	 */
	public static final String STATEMENT_VERSION = "2026-12";

	private final AwardStore store;

	private final AwardAccess access;

	private final Register register;

	private final PurposeGuard guard;

	private final AuditTrail audit;

	private final Persons persons;

	private final Organisations organisations;

	private final StaffAccounts accounts;

	private final Clock clock;

	Awards(AwardStore store, AwardAccess access, Register register, PurposeGuard guard, AuditTrail audit,
			Persons persons, Organisations organisations, StaffAccounts accounts, Clock clock) {
		this.store = store;
		this.access = access;
		this.register = register;
		this.guard = guard;
		this.audit = audit;
		this.persons = persons;
		this.organisations = organisations;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** Whether the organisation's policy keeps award candidacies at all. */
	public boolean offered() {
		return this.register.pack().keeps(PURPOSE);
	}

	/**
	 * The awards: every one for the coordinator, those the signed-in juror sits on for a
	 * juror. Awards name nobody.
	 */
	@PreAuthorize("hasAuthority('awards.manage') or hasAuthority('awards.judge')")
	@Transactional(readOnly = true)
	public List<Award> list() {
		activity();
		if (Caller.holds(Permission.MANAGE_AWARDS)) {
			return this.store.awards();
		}
		return Caller.account().map(this.store::awardsJudgedBy).orElse(List.of());
	}

	@PreAuthorize("hasAuthority('awards.manage')")
	@Transactional
	public Award create(@Nullable String name, @Nullable Integer year) {
		activity();
		List<FieldError> errors = new ArrayList<>();
		String given = name == null ? "" : name.strip();
		if (given.isEmpty()) {
			errors.add(new FieldError("name", "required"));
		}
		TextRule.LINE.check("name", given, errors);
		if (year == null) {
			errors.add(new FieldError("year", "required"));
		}
		else if (year < 2000 || year > LocalDate.now(this.clock).getYear() + 5) {
			errors.add(new FieldError("year", "awards.year"));
		}
		if (errors.isEmpty() && this.store.awardExists(given, year)) {
			errors.add(new FieldError("name", "awards.exists"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		return this.store.createAward(given, year, this.clock.instant());
	}

	/**
	 * An award as the caller may see it: for the coordinator its jurors and the envelope
	 * of its candidacies; for a juror of it, the candidacies once they have signed the
	 * statement. Anyone else is refused on the record.
	 */
	@PreAuthorize("hasAuthority('awards.manage') or hasAuthority('awards.judge')")
	@Transactional(noRollbackFor = CandidacyRefused.class)
	public AwardView award(UUID id) {
		Activity activity = activity();
		Award award = this.store.award(id).orElseThrow(() -> new AwardNotFound(id));
		if (Caller.holds(Permission.MANAGE_AWARDS)) {
			List<JurorListed> jurors = this.store.jurors(id)
				.stream()
				.map(juror -> new JurorListed(juror, this.accounts.displayName(juror.account())))
				.toList();
			return new AwardView(award, listed(this.store.candidacies(id), activity), jurors, null);
		}
		Juror me = this.access.requireJuror(id, activity, "award");
		return new AwardView(award, me.signed() ? listed(this.store.candidacies(id), activity) : List.of(), List.of(),
				me);
	}

	/**
	 * The signed-in juror signs the confidentiality statement of the award, in its
	 * current wording; the signature is kept with its time and version, and audited.
	 */
	@PreAuthorize("hasAuthority('awards.judge')")
	@Transactional(noRollbackFor = CandidacyRefused.class)
	public void sign(UUID id) {
		Activity activity = activity();
		Award award = this.store.award(id).orElseThrow(() -> new AwardNotFound(id));
		Juror me = this.access.requireJuror(award.id(), activity, "signature");
		if (me.signed()) {
			return;
		}
		this.store.sign(award.id(), me.account(), STATEMENT_VERSION, this.clock.instant());
		this.audit.record(new AuditEvent(AuditAction.UPDATE, null, me.account().value(), activity.id(),
				Set.of("signed_at", "statement_version"), "confidentiality statement " + STATEMENT_VERSION
						+ " signed for award " + award.name() + " " + award.year()));
	}

	/** The jury members the coordinator can add to an award. */
	@PreAuthorize("hasAuthority('awards.manage')")
	@Transactional(readOnly = true)
	public List<StaffAccount> juryMembers() {
		return this.accounts.juryMembers();
	}

	@PreAuthorize("hasAuthority('awards.manage')")
	@Transactional
	public void assign(UUID id, @Nullable AccountId juror) {
		Activity activity = activity();
		Award award = this.store.award(id).orElseThrow(() -> new AwardNotFound(id));
		boolean juryMember = juror != null
				&& this.accounts.juryMembers().stream().anyMatch(account -> account.id().equals(juror));
		if (!juryMember) {
			throw new InvalidInput(List.of(new FieldError("juror", "awards.not-a-jury-member")));
		}
		if (this.store.addJuror(award.id(), juror, Caller.name(), this.clock.instant())) {
			this.audit.record(new AuditEvent(AuditAction.CREATE, null, juror.value(), activity.id(),
					Set.of("award_id", "account_id"), "juror of award " + award.name() + " " + award.year()));
		}
	}

	/**
	 * Registers a candidacy: the candidate, the project's title, the day it was received
	 * (from which its five years count) and the dossier's summary, with the dossier's PDF
	 * where there is one. Nothing is stored when a rule is broken.
	 */
	@PreAuthorize("hasAuthority('awards.manage')")
	@Transactional
	public UUID register(UUID id, NewCandidacy candidacy) {
		Activity activity = activity();
		Award award = this.store.award(id).orElseThrow(() -> new AwardNotFound(id));
		List<FieldError> errors = new ArrayList<>();
		if (candidacy.candidate() == null) {
			errors.add(new FieldError("candidate", "required"));
		}
		String title = candidacy.title() == null ? "" : candidacy.title().strip();
		if (title.isEmpty()) {
			errors.add(new FieldError("title", "required"));
		}
		TextRule.LINE.check("title", title, errors);
		if (candidacy.receivedOn() == null) {
			errors.add(new FieldError("receivedOn", "required"));
		}
		else if (candidacy.receivedOn().isAfter(LocalDate.now(this.clock))) {
			errors.add(new FieldError("receivedOn", "awards.received-in-future"));
		}
		String summary = candidacy.summary() == null ? "" : candidacy.summary().strip();
		if (summary.isEmpty()) {
			errors.add(new FieldError("summary", "required"));
		}
		TextRule.PARAGRAPH.check("summary", summary, errors);
		Document document = candidacy.document();
		if (document != null && document.content().length > PdfFiles.MAX_SIZE) {
			errors.add(new FieldError("document", "awards.document-too-large"));
		}
		else if (document != null && !PdfFiles.isPdf(document.content())) {
			errors.add(new FieldError("document", "awards.document-not-pdf"));
		}
		if (candidacy.organisation() != null && this.organisations.name(candidacy.organisation()).isEmpty()) {
			errors.add(new FieldError("organisation", "awards.unknown-organisation"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		PersonId candidate = candidacy.candidate();
		this.guard.require(candidate, activity.id());
		UUID stored = this.store.insert(award.id(), candidate, candidacy.organisation(), title, candidacy.receivedOn(),
				summary, document, Caller.name(), this.clock.instant());
		this.audit.record(new AuditEvent(AuditAction.CREATE, candidate, null, activity.id(),
				Set.of("title", "received_on", "summary", "document"),
				"candidacy for award " + award.name() + " " + award.year()));
		return stored;
	}

	/**
	 * A candidacy's dossier, summary included, for a juror of its award who signed the
	 * statement; the refusal of anyone else is recorded before the 403.
	 */
	@PreAuthorize("hasAuthority('backoffice')")
	@Transactional(noRollbackFor = CandidacyRefused.class)
	public Opened candidacy(UUID id) {
		Activity activity = activity();
		Candidacy candidacy = this.store.candidacy(id).orElseThrow(() -> new AwardNotFound(id));
		this.access.requireMayRead(candidacy.award(), candidacy.candidate(), activity, "candidacy");
		Award award = this.store.award(candidacy.award()).orElseThrow(() -> new AwardNotFound(id));
		String summary = this.store.summary(candidacy);
		this.audit.record(AuditEvent.read(candidacy.candidate(), activity.id(), "title", "received_on", "summary"));
		return new Opened(new Listed(candidacy, this.persons.nameFor(candidacy.candidate(), activity.id()),
				organisation(candidacy)), award, summary);
	}

	/** The dossier's PDF, for the same readers as its summary; each download audited. */
	@PreAuthorize("hasAuthority('backoffice')")
	@Transactional(noRollbackFor = CandidacyRefused.class)
	public Optional<Document> document(UUID id) {
		Activity activity = activity();
		Candidacy candidacy = this.store.candidacy(id).orElseThrow(() -> new AwardNotFound(id));
		this.access.requireMayRead(candidacy.award(), candidacy.candidate(), activity, "candidacy document");
		Optional<Document> document = this.store.document(candidacy);
		document
			.ifPresent(found -> this.audit.record(AuditEvent.read(candidacy.candidate(), activity.id(), "document")));
		return document;
	}

	/** The pack's activity candidacies serve; refused where the pack keeps none. */
	public Activity activity() {
		return this.register.pack().activityServing(PURPOSE).orElseThrow(AwardsNotOffered::new);
	}

	private List<Listed> listed(List<Candidacy> candidacies, Activity activity) {
		return candidacies.stream()
			.map(candidacy -> new Listed(candidacy, this.persons.nameFor(candidacy.candidate(), activity.id()),
					organisation(candidacy)))
			.toList();
	}

	private @Nullable String organisation(Candidacy candidacy) {
		return candidacy.organisation() == null ? null : this.organisations.name(candidacy.organisation()).orElse(null);
	}

	/** A candidacy as a list shows it: its envelope with the names it needs. */
	public record Listed(Candidacy candidacy, String candidate, @Nullable String organisation) {

	}

	/** A juror with their name, as the coordinator sees them: signed or not. */
	public record JurorListed(Juror juror, String name) {

	}

	/**
	 * An award as the caller sees it; {@code me} is the signed-in juror, null for the
	 * coordinator.
	 */
	public record AwardView(Award award, List<Listed> candidacies, List<JurorListed> jurors, @Nullable Juror me) {

	}

	/** A candidacy's dossier opened by a juror entitled to it. */
	public record Opened(Listed listed, Award award, String summary) {

	}

}
