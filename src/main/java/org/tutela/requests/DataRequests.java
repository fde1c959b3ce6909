package org.tutela.requests;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.consent.Channel;
import org.tutela.consent.ChoiceKind;
import org.tutela.consent.ConsentLedger;
import org.tutela.consent.Evidence;
import org.tutela.disclosures.Disclosure;
import org.tutela.disclosures.Disclosures;
import org.tutela.people.Addressee;
import org.tutela.people.Amendment;
import org.tutela.people.Correction;
import org.tutela.people.MailAddresses;
import org.tutela.people.Persons;
import org.tutela.platform.InvalidInput;
import org.tutela.platform.InvalidInput.FieldError;
import org.tutela.platform.PersonalDataCatalogue;
import org.tutela.platform.RandomTokens;
import org.tutela.platform.Sha256;
import org.tutela.register.Activity;
import org.tutela.register.LegalBasis;
import org.tutela.register.PolicyPack;
import org.tutela.register.Processor;
import org.tutela.requests.StaffIntake.Document;
import org.tutela.requests.deadline.Deadlines;
import org.tutela.requests.file.RequestStore;
import org.tutela.requests.fulfil.Erasures;
import org.tutela.requests.fulfil.Overviews;
import org.tutela.requests.fulfil.PackPurposes;
import org.tutela.requests.fulfil.RequestMails;

/**
 * Data-subject requests from intake to answer. Nothing is disclosed or changed before the
 * requester is shown to be the person (MEZ-10): by a link sent to an address the organisation
 * holds, by signing in to the portal, or by staff checking evidence. Every request has its
 * deadline from the pack, counted as Regulation 1182/71 says, and every step is kept in its file
 * and in the audit trail. Fulfilment goes through the catalogue only.
 */
@Service
public class DataRequests {

	/** How long the link to confirm a request made on the public site stays valid. */
	static final Duration CHALLENGE = Duration.ofDays(7);

	/** How long the link to an overview or export stays valid. */
	static final Duration DOWNLOAD = Duration.ofDays(14);

	private static final int MAX_DETAILS = 4000;

	private static final int MAX_NAME = 300;

	private static final int MAX_DOCUMENT = 10 * 1024 * 1024;

	private static final String REQUESTER = "requester";

	private final RequestStore store;

	private final Deadlines deadlines;

	private final Overviews overviews;

	private final Erasures erasures;

	private final PackPurposes purposes;

	private final PersonalDataCatalogue catalogue;

	private final Persons persons;

	private final MailAddresses addresses;

	private final ConsentLedger consent;

	private final Disclosures disclosures;

	private final RequestMails mails;

	private final AuditTrail audit;

	private final Clock clock;

	private final String baseUrl;

	DataRequests(RequestStore store, Deadlines deadlines, Overviews overviews, Erasures erasures, PackPurposes purposes,
			PersonalDataCatalogue catalogue, Persons persons, MailAddresses addresses, ConsentLedger consent,
			Disclosures disclosures, RequestMails mails, AuditTrail audit, Clock clock,
			@Value("${tutela.base-url}") String baseUrl) {
		this.store = store;
		this.deadlines = deadlines;
		this.overviews = overviews;
		this.erasures = erasures;
		this.purposes = purposes;
		this.catalogue = catalogue;
		this.persons = persons;
		this.addresses = addresses;
		this.consent = consent;
		this.disclosures = disclosures;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/**
	 * A request made on the public site: it waits until the requester opens the link sent to the
	 * address they gave. Requests about a medical or psychosocial file come by registered letter
	 * (MEN-17, MEN-18) and are refused here with that explanation.
	 */
	@Transactional
	public DataRequest submit(NewRequest given, Locale locale) {
		List<FieldError> errors = check(given, true);
		if (given.fileKind() != null && given.fileKind() != FileKind.GENERAL) {
			errors.add(new FieldError("fileKind", "requests.registered-letter"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		String token = RandomTokens.next();
		DataRequest request = opened(null, given, Intake.WEB, LocalDate.now(this.clock), null);
		this.store.insert(request, Sha256.hex(token), this.clock.instant().plus(CHALLENGE), null, this.clock.instant());
		this.store.step(request.id(), REQUESTER, "received", null, this.clock.instant());
		this.mails.send(String.valueOf(request.requesterEmail()), locale, "challenge", request.requesterName(),
				this.mails.message("requests.right." + request.right().name(), locale),
				this.baseUrl + "/requests/confirm/" + token, date(request.dueOn(), locale));
		return request;
	}

	/**
	 * The requester opened the link. When the address belongs to a person the organisation
	 * holds, the request is theirs and verified; otherwise staff verify it with evidence.
	 */
	@Transactional
	public DataRequest confirm(String token) {
		DataRequest request = this.store.byChallenge(Sha256.hex(token), this.clock.instant())
			.orElseThrow(() -> new RequestNotOpen("request-link-invalid"));
		Optional<UUID> person = this.addresses.personWith(String.valueOf(request.requesterEmail()));
		if (person.isPresent()) {
			this.store.verified(request.id(), person.get(), Verification.EMAIL_CHALLENGE, null, this.clock.instant());
			this.store.step(request.id(), REQUESTER, "verified", "e-mail challenge", this.clock.instant());
			this.audit.record(REQUESTER, "", AuditEvent.of(AuditAction.UPDATE, person.get(),
					"data-subject request " + request.id() + " verified by e-mail"));
		}
		else {
			this.store.challengeAnswered(request.id());
			this.store.step(request.id(), REQUESTER, "address-confirmed", "address not known: staff verify",
					this.clock.instant());
		}
		return this.store.find(request.id()).orElseThrow();
	}

	/** A request made in the portal by the person signed in: verified by the sign-in itself. */
	@Transactional
	public DataRequest submitFromPortal(UUID person, NewRequest given) {
		Addressee addressee = this.addresses.of(person).orElseThrow(() -> new RequestNotOpen("request-no-address"));
		NewRequest own = new NewRequest(given.right(), given.fileKind(), addressee.fullName(), addressee.email(),
				given.details());
		List<FieldError> errors = check(own, true);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		DataRequest request = opened(person, own, Intake.PORTAL, LocalDate.now(this.clock), Verification.PORTAL);
		this.store.insert(request, null, null, null, this.clock.instant());
		this.store.step(request.id(), REQUESTER, "received", "portal, signed in", this.clock.instant());
		this.audit.record(AuditEvent.of(AuditAction.CREATE, person, "data-subject request " + request.id()));
		Locale locale = Locale.forLanguageTag(addressee.language());
		this.mails.send(addressee.email(), locale, "received", addressee.firstName(),
				this.mails.message("requests.right." + request.right().name(), locale), date(request.deadline(), locale));
		return request;
	}

	/** A request that reached staff by e-mail or letter, with its scan; it waits for verification. */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public DataRequest receive(StaffIntake intake) {
		NewRequest given = new NewRequest(intake.right(), intake.fileKind(), intake.name(), intake.email(),
				intake.details());
		List<FieldError> errors = check(given, false);
		LocalDate today = LocalDate.now(this.clock);
		if (intake.channel() == null || intake.channel() == Intake.WEB || intake.channel() == Intake.PORTAL) {
			errors.add(new FieldError("channel", "requests.channel"));
		}
		else if (intake.fileKind() != null && intake.fileKind() != FileKind.GENERAL
				&& intake.channel() != Intake.REGISTERED_LETTER) {
			errors.add(new FieldError("channel", "requests.registered-letter"));
		}
		if (intake.receivedOn() == null) {
			errors.add(new FieldError("receivedOn", "required"));
		}
		else if (intake.receivedOn().isAfter(today)) {
			errors.add(new FieldError("receivedOn", "requests.received-in-future"));
		}
		Document document = intake.document();
		if (document != null && document.content().length > MAX_DOCUMENT) {
			errors.add(new FieldError("document", "requests.document-too-large"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		DataRequest request = opened(intake.person(), given, intake.channel(), intake.receivedOn(), null);
		this.store.insert(request, null, null, document, this.clock.instant());
		this.store.step(request.id(), actor(), "received",
				intake.channel().name().toLowerCase(Locale.ROOT) + (document == null ? "" : ", scan attached"),
				this.clock.instant());
		this.audit.record(AuditEvent.of(AuditAction.CREATE, intake.person(), "data-subject request " + request.id()
				+ " received by " + intake.channel().name().toLowerCase(Locale.ROOT)));
		return this.store.find(request.id()).orElseThrow();
	}

	/** Staff checked the evidence and name the person the request is about. */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public DataRequest verify(UUID id, UUID person, @Nullable String evidence) {
		DataRequest request = find(id);
		if (request.status() != RequestStatus.AWAITING_VERIFICATION) {
			throw new RequestNotOpen("request-not-awaiting-verification");
		}
		if (evidence == null || evidence.isBlank()) {
			throw new InvalidInput(List.of(new FieldError("evidence", "required")));
		}
		this.persons.get(person);
		this.store.verified(id, person, Verification.STAFF, evidence.strip(), this.clock.instant());
		this.store.step(id, actor(), "verified", "by staff: " + evidence.strip(), this.clock.instant());
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, person, "data-subject request " + id + " verified by staff"));
		return find(id);
	}

	/**
	 * Extends the period by two months (GDPR Art. 12(3)); only within the first period, and the
	 * person is told why at once (MEN-16).
	 */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public DataRequest extend(UUID id, @Nullable String reason) {
		DataRequest request = open(id);
		if (request.extendedTo() != null) {
			throw new RequestNotOpen("request-extended-already");
		}
		if (LocalDate.now(this.clock).isAfter(request.dueOn())) {
			throw new RequestNotOpen("request-extension-too-late");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput(List.of(new FieldError("reason", "required")));
		}
		LocalDate to = this.deadlines.extended(request.receivedOn());
		this.store.extended(id, to, reason.strip());
		this.store.step(id, actor(), "extended", "to " + to + ": " + reason.strip(), this.clock.instant());
		tell(request, "extended", to, reason.strip());
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, request.person(), "data-subject request " + id + " extended"));
		return find(id);
	}

	/**
	 * Answers an access or portability request: the overview and the exports behind a link that
	 * expires, sent to the person's own address; a medical file's overview goes to their
	 * attending physician instead (MEN-17).
	 */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public DataRequest answerAccess(UUID id, @Nullable String physicianEmail) {
		DataRequest request = verified(id, Right.ACCESS, Right.PORTABILITY);
		UUID person = subject(request);
		if (request.answeredToPhysician() && (physicianEmail == null || physicianEmail.isBlank())) {
			throw new InvalidInput(List.of(new FieldError("physicianEmail", "requests.physician-required")));
		}
		Overview overview = this.overviews.of(person);
		String link = downloadLink(id);
		this.audit.record(AuditEvent.of(AuditAction.EXPORT, person,
				"data-subject request " + id + ": overview of " + overview.recordCount() + " records"));
		if (request.answeredToPhysician()) {
			Locale locale = locale(request);
			this.mails.send(String.valueOf(physicianEmail).strip(), locale, "physician", link);
			tell(request, "to-physician");
			return close(request, RequestStatus.COMPLETED, "overview sent to the attending physician", null);
		}
		tell(request, request.right() == Right.PORTABILITY ? "portability" : "access", link,
				date(LocalDate.now(this.clock).plusDays(DOWNLOAD.toDays()), locale(request)));
		return close(request, RequestStatus.COMPLETED,
				"overview of " + overview.recordCount() + " records in " + overview.groups().size() + " groups sent", null);
	}

	/** Corrects the person's record, records before and after, and sends the amended overview (MEZ-11). */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public List<Amendment> rectify(UUID id, Correction correction) {
		DataRequest request = verified(id, Right.RECTIFICATION);
		UUID person = subject(request);
		List<Amendment> changed = this.persons.rectify(person, correction);
		changed.forEach(amendment -> this.store.step(id, actor(), "rectified",
				amendment.field() + ": " + amendment.before() + " -> " + amendment.after(), this.clock.instant()));
		recipientsOf(request);
		String link = downloadLink(id);
		tell(request, "rectified", changed.size(), link);
		close(request, RequestStatus.COMPLETED, changed.size() + " fields rectified; amended overview sent", null);
		return changed;
	}

	/** Erases as the pack says and tells the person what went and what stays until when (MEZ-13, SKI-12). */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public ErasureOutcome erase(UUID id) {
		DataRequest request = verified(id, Right.ERASURE);
		UUID person = subject(request);
		Optional<Addressee> addressee = this.addresses.of(person);
		Locale locale = locale(request);
		recipientsOf(request);
		ErasureOutcome outcome = this.erasures.erase(person, "erased at their request " + id);
		this.audit.record(AuditEvent.of(AuditAction.DELETE, person, "data-subject request " + id + ": "
				+ (outcome.complete() ? "erased completely" : "erased in part, " + outcome.kept().size() + " purposes kept")));
		String kept = outcome.kept()
			.stream()
			.map(item -> this.mails.message("requests.kept", locale, item.purpose().in(locale),
					item.possibleFrom() == null ? this.mails.message("requests.kept.unknown", locale)
							: date(item.possibleFrom(), locale)))
			.collect(Collectors.joining("\n"));
		addressee.ifPresent(to -> this.mails.send(to.email(), locale, outcome.complete() ? "erased" : "erased-in-part",
				to.firstName(), kept, complaintRoute(locale)));
		String note = outcome.complete() ? "erased completely from " + String.join(", ", outcome.erasedModules())
				: "kept: " + outcome.kept().stream().map(item -> item.activity() + " until " + item.possibleFrom())
					.collect(Collectors.joining(", "));
		this.store.step(id, actor(), "erased", note, this.clock.instant());
		close(request, RequestStatus.COMPLETED, note, null);
		return outcome;
	}

	/** Restricts all processing of the person's data (Art. 18): the purpose guard refuses from now on. */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public DataRequest restrict(UUID id) {
		DataRequest request = verified(id, Right.RESTRICTION);
		UUID person = subject(request);
		this.catalogue.restrict(person, true);
		recipientsOf(request);
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, person, "data-subject request " + id + ": restricted"));
		tell(request, "restricted");
		return close(request, RequestStatus.COMPLETED, "processing restricted", null);
	}

	/**
	 * Records an objection or a withdrawal in the consent ledger, effective at once: for the
	 * activities named, or else every activity on legitimate interests (objection, MEZ-14) or on
	 * consent (withdrawal).
	 */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public List<String> object(UUID id, List<String> activities) {
		DataRequest request = verified(id, Right.OBJECTION, Right.WITHDRAWAL);
		UUID person = subject(request);
		boolean objection = request.right() == Right.OBJECTION;
		LegalBasis basis = objection ? LegalBasis.LEGITIMATE_INTERESTS : LegalBasis.CONSENT;
		List<String> chosen = activities.isEmpty()
				? pack().activities().stream().filter(activity -> activity.basis() == basis).map(Activity::id).toList()
				: activities;
		List<FieldError> errors = new ArrayList<>();
		chosen.stream().filter(activity -> pack().activity(activity).isEmpty())
			.forEach(unknown -> errors.add(new FieldError("activities", "requests.unknown-activity")));
		if (chosen.isEmpty()) {
			errors.add(new FieldError("activities", "required"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		ChoiceKind kind = objection ? ChoiceKind.OBJECTED : ChoiceKind.WITHDRAWN;
		chosen.forEach(activity -> this.consent.record(person, activity, kind, Evidence.of(Channel.STAFF)));
		this.store.step(id, actor(), objection ? "objection-recorded" : "withdrawal-recorded", String.join(", ", chosen),
				this.clock.instant());
		Locale locale = locale(request);
		tell(request, objection ? "objected" : "withdrawn", chosen.stream()
			.map(activity -> pack().activity(activity).orElseThrow().purpose().in(locale))
			.collect(Collectors.joining("\n")));
		close(request, RequestStatus.COMPLETED, kind.name().toLowerCase(Locale.ROOT) + ": " + String.join(", ", chosen), null);
		return chosen;
	}

	/** Refuses the request, telling the reason and the route to the supervisory authority (MEZ-15). */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public DataRequest refuse(UUID id, @Nullable String reason) {
		DataRequest request = open(id);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput(List.of(new FieldError("reason", "required")));
		}
		tell(request, "refused", reason.strip(), complaintRoute(locale(request)));
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, request.person(), "data-subject request " + id + " refused"));
		return close(request, RequestStatus.REFUSED, null, reason.strip());
	}

	/** Records that a recipient was told of the rectification, erasure or restriction (Art. 19). */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public void recipientTold(UUID id, String recipient) {
		find(id);
		if (!this.store.told(id, recipient, actor(), this.clock.instant())) {
			throw new InvalidInput(List.of(new FieldError("recipient", "requests.recipient-not-listed")));
		}
		this.store.step(id, actor(), "recipient-told", recipient, this.clock.instant());
	}

	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public DataRequest get(UUID id) {
		DataRequest request = find(id);
		this.audit.record(AuditEvent.of(AuditAction.READ, request.person(), "data-subject request " + id));
		return request;
	}

	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional(readOnly = true)
	public List<RequestStep> steps(UUID id) {
		return this.store.steps(find(id).id());
	}

	/** The recipients and processors to tell (Art. 19), each with when it was done. */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional(readOnly = true)
	public Map<String, Optional<Instant>> recipients(UUID id) {
		return this.store.recipients(find(id).id());
	}

	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public Optional<Document> document(UUID id) {
		DataRequest request = find(id);
		this.audit.record(AuditEvent.of(AuditAction.READ, request.person(), "identity document of request " + id));
		return this.store.document(id);
	}

	/** Open requests, the most urgent first (ALL-4). */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional(readOnly = true)
	public List<DataRequest> open() {
		return this.store.open();
	}

	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional(readOnly = true)
	public List<DataRequest> closed(int limit) {
		return this.store.closed(limit);
	}

	/** The person's own requests, for the portal. */
	@Transactional(readOnly = true)
	public List<DataRequest> ofPerson(UUID person) {
		return this.store.ofPerson(person);
	}

	/** What an unexpired download link opens: the overview made now, of the request's person. */
	@Transactional
	public Optional<Overview> download(String token) {
		return this.store.downloadable(Sha256.hex(token), this.clock.instant())
			.flatMap(this.store::find)
			.filter(request -> request.person() != null)
			.map(request -> {
				UUID person = subject(request);
				this.audit.record(REQUESTER, "", AuditEvent.of(AuditAction.EXPORT, person,
						"overview downloaded for request " + request.id()));
				return this.overviews.of(person);
			});
	}

	/** Reminds the DPO of the requests due within the days given and not answered (ALL-4); how many. */
	@Transactional
	public int remindDue(int days) {
		LocalDate today = LocalDate.now(this.clock);
		List<DataRequest> due = this.store.dueBy(today.plusDays(days), today)
			.stream()
			.filter(request -> this.store.reminded(request.id(), today))
			.toList();
		if (due.isEmpty()) {
			return 0;
		}
		Locale locale = Locale.ENGLISH;
		String list = due.stream()
			.map(request -> this.mails.message("requests.reminder.line", locale, request.id(),
					this.mails.message("requests.right." + request.right().name(), locale), date(request.deadline(), locale),
					request.late(today) ? this.mails.message("requests.late", locale) : ""))
			.collect(Collectors.joining("\n"));
		this.mails.send(pack().dpoEmail(), locale, "reminder", due.size(), list, this.baseUrl + "/admin/requests");
		return due.size();
	}

	private DataRequest opened(@Nullable UUID person, NewRequest given, Intake channel, LocalDate received,
			@Nullable Verification verification) {
		String email = given.email() == null || given.email().isBlank() ? null : given.email().strip();
		String details = given.details() == null || given.details().isBlank() ? null : given.details().strip();
		return new DataRequest(UUID.randomUUID(), person, given.right(),
				given.fileKind() == null ? FileKind.GENERAL : given.fileKind(), channel, String.valueOf(given.name()).strip(),
				email, details, received, this.deadlines.due(received), null, null,
				verification == null ? RequestStatus.AWAITING_VERIFICATION : RequestStatus.VERIFIED, verification,
				verification == null ? null : this.clock.instant(), null, null, false, null);
	}

	private static List<FieldError> check(NewRequest given, boolean emailRequired) {
		List<FieldError> errors = new ArrayList<>();
		if (given.right() == null) {
			errors.add(new FieldError("right", "required"));
		}
		if (given.name() == null || given.name().isBlank()) {
			errors.add(new FieldError("name", "required"));
		}
		else if (given.name().strip().length() > MAX_NAME) {
			errors.add(new FieldError("name", "too-long"));
		}
		String email = given.email() == null ? "" : given.email().strip();
		if (email.isEmpty() && emailRequired) {
			errors.add(new FieldError("email", "required"));
		}
		else if (!email.isEmpty() && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			errors.add(new FieldError("email", "email.invalid"));
		}
		if (given.details() != null && given.details().length() > MAX_DETAILS) {
			errors.add(new FieldError("details", "too-long"));
		}
		return errors;
	}

	private DataRequest find(UUID id) {
		return this.store.find(id).orElseThrow(() -> new RequestNotFound(id));
	}

	private DataRequest open(UUID id) {
		DataRequest request = find(id);
		if (!request.status().open()) {
			throw new RequestNotOpen("request-closed");
		}
		return request;
	}

	private DataRequest verified(UUID id, Right... rights) {
		DataRequest request = open(id);
		if (request.status() != RequestStatus.VERIFIED) {
			throw new RequestNotOpen("request-not-verified");
		}
		if (!List.of(rights).contains(request.right())) {
			throw new RequestNotOpen("request-other-right");
		}
		return request;
	}

	private static UUID subject(DataRequest request) {
		if (request.person() == null) {
			// Verified once, then the person was erased by another request.
			throw new RequestNotOpen("request-person-erased");
		}
		return request.person();
	}

	private DataRequest close(DataRequest request, RequestStatus status, @Nullable String outcome,
			@Nullable String refusal) {
		this.store.close(request.id(), status, outcome, refusal, this.clock.instant());
		this.store.step(request.id(), actor(), status.name().toLowerCase(Locale.ROOT), refusal == null ? outcome : refusal,
				this.clock.instant());
		return this.store.find(request.id()).orElseThrow();
	}

	/** Lists who received the person's data, to be told of the change (Art. 19). */
	private void recipientsOf(DataRequest request) {
		UUID person = subject(request);
		Set<String> recipients = new LinkedHashSet<>();
		this.disclosures.about(person).stream().map(Disclosure::recipient).forEach(recipients::add);
		this.overviews.of(person)
			.groups()
			.forEach(group -> recipients.addAll(group.recipients()));
		pack().processors().stream().map(Processor::name).forEach(recipients::add);
		this.store.recipientsToTell(request.id(), List.copyOf(recipients));
	}

	private String downloadLink(UUID request) {
		String token = RandomTokens.next();
		this.store.download(Sha256.hex(token), request, this.clock.instant().plus(DOWNLOAD));
		return this.baseUrl + "/requests/download/" + token;
	}

	/** Mails the person at their held address, or at the address the request came from. */
	private void tell(DataRequest request, String kind, Object... arguments) {
		Optional<Addressee> addressee = request.person() == null ? Optional.empty() : this.addresses.of(request.person());
		String to = addressee.map(Addressee::email).orElse(request.requesterEmail());
		if (to == null) {
			this.store.step(request.id(), "system", "not-mailed", "no e-mail address: answer by post", this.clock.instant());
			return;
		}
		Object[] all = new Object[arguments.length + 1];
		all[0] = addressee.map(Addressee::firstName).orElse(request.requesterName());
		System.arraycopy(arguments, 0, all, 1, arguments.length);
		this.mails.send(to, locale(request), kind, all);
	}

	private Locale locale(DataRequest request) {
		return Locale.forLanguageTag(request.person() == null ? "en"
				: this.addresses.of(request.person()).map(Addressee::language).orElse("en"));
	}

	private String complaintRoute(Locale locale) {
		return this.mails.message("requests.complaint", locale, pack().authorityName(), pack().authorityUrl(),
				pack().dpoEmail());
	}

	private PolicyPack pack() {
		return this.purposes.pack();
	}

	private static String date(LocalDate day, Locale locale) {
		return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
	}

	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}

}
