package org.tutela.requests;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.identity.Caller;
import org.tutela.people.Addressee;
import org.tutela.people.MailAddresses;
import org.tutela.people.Persons;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.crypto.RandomTokens;
import org.tutela.platform.crypto.Sha256;
import org.tutela.register.PolicyPack;
import org.tutela.register.Register;
import org.tutela.requests.StaffIntake.Document;
import org.tutela.requests.deadline.Deadlines;
import org.tutela.requests.file.RequestFiles;
import org.tutela.requests.file.RequestStore;
import org.tutela.requests.fulfil.Overviews;
import org.tutela.requests.fulfil.RequestMails;

/**
 * Data-subject requests from intake to the DPO's desk. Nothing is disclosed or changed
 * before the requester is shown to be the person (MEZ-10): by a link sent to an address
 * the organisation holds, by signing in to the portal, or by staff checking evidence.
 * Every request has its deadline from the pack, counted as Regulation 1182/71 says, and
 * every step is kept in its file and in the audit trail. The answers are
 * {@link RequestAnswers}'.
 */
@Service
public class DataRequests {

	/** How long the link to confirm a request made on the public site stays valid. */
	static final Duration CHALLENGE = Duration.ofDays(7);

	private static final int MAX_DETAILS = 4000;

	private static final int MAX_NAME = 300;

	private static final int MAX_DOCUMENT = 10 * 1024 * 1024;

	private static final String REQUESTER = "requester";

	private final RequestStore store;

	private final RequestFiles files;

	private final Deadlines deadlines;

	private final Overviews overviews;

	private final Register register;

	private final Persons persons;

	private final MailAddresses addresses;

	private final RequestMails mails;

	private final AuditTrail audit;

	private final Clock clock;

	DataRequests(RequestStore store, RequestFiles files, Deadlines deadlines, Overviews overviews, Register register,
			Persons persons, MailAddresses addresses, RequestMails mails, AuditTrail audit, Clock clock) {
		this.store = store;
		this.files = files;
		this.deadlines = deadlines;
		this.overviews = overviews;
		this.register = register;
		this.persons = persons;
		this.addresses = addresses;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A request made on the public site: it waits until the requester opens the link sent
	 * to the address they gave. Requests about a medical or psychosocial file come by
	 * registered letter (MEN-17, MEN-18) and are refused here with that explanation.
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
		DataRequest request = opened(null, given, Intake.WEB, LocalDate.now(this.clock), null, locale.getLanguage());
		this.store.insert(request, Sha256.hex(token), this.clock.instant().plus(CHALLENGE), null, this.clock.instant());
		this.store.step(request.id(), REQUESTER, "received", null, this.clock.instant());
		this.mails.send(String.valueOf(request.requesterEmail()), locale, "challenge", request.requesterName(),
				this.mails.message("requests.right." + request.right().name(), locale),
				this.files.link("/requests/confirm/" + token), RequestMails.date(request.dueOn(), locale));
		return request;
	}

	/**
	 * The requester opened the link. When the address belongs to exactly one person the
	 * organisation holds, under the name the requester gave, the request is theirs and
	 * verified; otherwise (a shared mailbox, another name, nobody) staff verify it with
	 * evidence.
	 */
	@Transactional
	public DataRequest confirm(String token) {
		DataRequest request = this.store.byChallenge(Sha256.hex(token), this.clock.instant())
			.orElseThrow(() -> new RequestNotOpen("request-link-invalid"));
		Optional<Addressee> holder = this.addresses.onlyHolderOf(String.valueOf(request.requesterEmail()))
			.filter(found -> sameName(found.fullName(), request.requesterName()));
		if (holder.isPresent()) {
			UUID person = holder.get().person();
			this.store.verified(request.id(), person, Verification.EMAIL_CHALLENGE, null, this.clock.instant());
			this.store.step(request.id(), REQUESTER, "verified", "e-mail challenge", this.clock.instant());
			this.audit.record(REQUESTER, "", AuditEvent.of(AuditAction.UPDATE, person,
					"data-subject request " + request.id() + " verified by e-mail"));
		}
		else {
			this.store.challengeAnswered(request.id());
			this.store.step(request.id(), REQUESTER, "address-confirmed", "not one person of that name: staff verify",
					this.clock.instant());
		}
		return this.store.find(request.id()).orElseThrow();
	}

	/** Names compared as people write them: case, accents, hyphens and spaces aside. */
	static boolean sameName(String held, String given) {
		return plain(held).equals(plain(given));
	}

	private static String plain(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", "");
	}

	/**
	 * A request made in the portal by the person signed in: verified by the sign-in
	 * itself.
	 */
	@Transactional
	public DataRequest submitFromPortal(UUID person, NewRequest given) {
		Addressee addressee = this.addresses.of(person).orElseThrow(() -> new RequestNotOpen("request-no-address"));
		NewRequest own = new NewRequest(given.right(), given.fileKind(), addressee.fullName(), addressee.email(),
				given.details());
		List<FieldError> errors = check(own, true);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		DataRequest request = opened(person, own, Intake.PORTAL, LocalDate.now(this.clock), Verification.PORTAL,
				addressee.language());
		this.store.insert(request, null, null, null, this.clock.instant());
		this.store.step(request.id(), REQUESTER, "received", "portal, signed in", this.clock.instant());
		this.audit.record(AuditEvent.of(AuditAction.CREATE, person, "data-subject request " + request.id()));
		Locale locale = Locale.forLanguageTag(addressee.language());
		this.mails.send(addressee.email(), locale, "received", addressee.firstName(),
				this.mails.message("requests.right." + request.right().name(), locale),
				RequestMails.date(request.deadline(), locale));
		return request;
	}

	/**
	 * A request that reached staff by e-mail or letter, with its scan; it waits for
	 * verification.
	 */
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
		DataRequest request = opened(intake.person(), given, intake.channel(), intake.receivedOn(), null, null);
		this.store.insert(request, null, null, document, this.clock.instant());
		this.store.step(request.id(), Caller.name(), "received",
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
		DataRequest request = this.files.find(id);
		if (request.status() != RequestStatus.AWAITING_VERIFICATION) {
			throw new RequestNotOpen("request-not-awaiting-verification");
		}
		if (evidence == null || evidence.isBlank()) {
			throw new InvalidInput(List.of(new FieldError("evidence", "required")));
		}
		this.persons.get(person);
		this.store.verified(id, person, Verification.STAFF, evidence.strip(), this.clock.instant());
		this.store.step(id, Caller.name(), "verified", "by staff: " + evidence.strip(), this.clock.instant());
		this.audit
			.record(AuditEvent.of(AuditAction.UPDATE, person, "data-subject request " + id + " verified by staff"));
		return this.files.find(id);
	}

	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public DataRequest get(UUID id) {
		DataRequest request = this.files.find(id);
		this.audit.record(AuditEvent.of(AuditAction.READ, request.person(), "data-subject request " + id));
		return request;
	}

	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional(readOnly = true)
	public List<RequestStep> steps(UUID id) {
		return this.store.steps(this.files.find(id).id());
	}

	/** The recipients and processors to tell (Art. 19), each with when it was done. */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional(readOnly = true)
	public Map<String, Optional<Instant>> recipients(UUID id) {
		return this.store.recipients(this.files.find(id).id());
	}

	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public Optional<Document> document(UUID id) {
		DataRequest request = this.files.find(id);
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

	/**
	 * The persons an open request is about: a legal hold on their data until the request
	 * is answered, so no retention sweep changes what the answer must show.
	 */
	@Transactional(readOnly = true)
	public Set<UUID> personsWithOpenRequests() {
		return this.store.personsOfOpen();
	}

	/** The person's own requests, for the portal. */
	@Transactional(readOnly = true)
	public List<DataRequest> ofPerson(UUID person) {
		return this.store.ofPerson(person);
	}

	/**
	 * What an unexpired download link opens: the overview made now, of the request's
	 * person. The link of a request made in the portal opens only for the person signed
	 * in ({@code signedIn}).
	 */
	@Transactional
	public Optional<Overview> download(String token, Optional<UUID> signedIn) {
		return this.store.downloadable(Sha256.hex(token), this.clock.instant())
			.flatMap(this.store::find)
			.filter(request -> request.person() != null)
			.filter(request -> request.verification() != Verification.PORTAL
					|| signedIn.filter(request.person()::equals).isPresent())
			.map(request -> {
				UUID person = RequestFiles.subject(request);
				this.audit.record(REQUESTER, "",
						AuditEvent.of(AuditAction.EXPORT, person, "overview downloaded for request " + request.id()));
				return this.overviews.of(person);
			});
	}

	/**
	 * Reminds the DPO of the requests due within the days given and not answered (ALL-4);
	 * how many.
	 */
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
					this.mails.message("requests.right." + request.right().name(), locale),
					RequestMails.date(request.deadline(), locale),
					request.late(today) ? this.mails.message("requests.late", locale) : ""))
			.collect(Collectors.joining("\n"));
		this.mails.send(pack().dpoEmail(), locale, "reminder", due.size(), list, this.files.link("/admin/requests"));
		return due.size();
	}

	private DataRequest opened(@Nullable UUID person, NewRequest given, Intake channel, LocalDate received,
			@Nullable Verification verification, @Nullable String language) {
		String email = given.email() == null || given.email().isBlank() ? null : given.email().strip();
		String details = given.details() == null || given.details().isBlank() ? null : given.details().strip();
		return new DataRequest(UUID.randomUUID(), person, given.right(),
				given.fileKind() == null ? FileKind.GENERAL : given.fileKind(), channel,
				String.valueOf(given.name()).strip(), email, details, received, this.deadlines.due(received), null,
				null, verification == null ? RequestStatus.AWAITING_VERIFICATION : RequestStatus.VERIFIED, verification,
				verification == null ? null : this.clock.instant(), null, null, false, null, language);
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

	private PolicyPack pack() {
		return this.register.pack();
	}

}
