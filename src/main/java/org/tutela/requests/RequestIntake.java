package org.tutela.requests;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

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
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;
import org.tutela.platform.crypto.RandomTokens;
import org.tutela.platform.crypto.Sha256;
import org.tutela.requests.StaffIntake.Document;
import org.tutela.requests.deadline.Deadlines;
import org.tutela.requests.file.RequestFiles;
import org.tutela.requests.file.RequestStore;
import org.tutela.requests.fulfil.RequestMails;

/**
 * Data-subject requests coming in: on the public site, in the portal, or by e-mail or
 * letter to staff. Nothing is disclosed or changed before the requester is shown to be
 * the person (MEZ-10): by a link sent to an address the organisation holds, by signing in
 * to the portal, or by staff checking evidence at the {@link DpoDesk}. Every request has
 * its deadline from the pack, counted as Regulation 1182/71 says, and every step is kept
 * in its file and in the audit trail.
 */
@Service
public class RequestIntake {

	/** How long the link to confirm a request made on the public site stays valid. */
	static final Duration CHALLENGE = Duration.ofDays(7);

	private static final int MAX_DOCUMENT = 10 * 1024 * 1024;

	/** Who the steps the requester takes themselves are recorded under. */
	static final String REQUESTER = "requester";

	private final RequestStore store;

	private final RequestFiles files;

	private final Deadlines deadlines;

	private final MailAddresses addresses;

	private final RequestMails mails;

	private final AuditTrail audit;

	private final Clock clock;

	RequestIntake(RequestStore store, RequestFiles files, Deadlines deadlines, MailAddresses addresses,
			RequestMails mails, AuditTrail audit, Clock clock) {
		this.store = store;
		this.files = files;
		this.deadlines = deadlines;
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
			PersonId person = holder.get().person();
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
	public DataRequest submitFromPortal(PersonId person, NewRequest given) {
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

	/** The person's own requests, for the portal. */
	@Transactional(readOnly = true)
	public List<DataRequest> ofPerson(PersonId person) {
		return this.store.ofPerson(person);
	}

	private DataRequest opened(@Nullable PersonId person, NewRequest given, Intake channel, LocalDate received,
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
		TextRule.NAME.check("name", given.name() == null ? null : given.name().strip(), errors);
		String email = given.email() == null ? "" : given.email().strip();
		if (email.isEmpty() && emailRequired) {
			errors.add(new FieldError("email", "required"));
		}
		else if (!email.isEmpty()) {
			TextRule.EMAIL.check("email", email, errors);
		}
		TextRule.PARAGRAPH.check("details", given.details(), errors);
		return errors;
	}

}
