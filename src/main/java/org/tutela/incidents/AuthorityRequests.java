package org.tutela.incidents;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.identity.Caller;
import org.tutela.incidents.authority.AuthorityClock;
import org.tutela.incidents.authority.AuthorityMails;
import org.tutela.incidents.authority.AuthorityRequestStore;
import org.tutela.incidents.authority.AuthorityRequestStore.Recorded;
import org.tutela.people.Addressee;
import org.tutela.people.ContactRole;
import org.tutela.people.MailAddresses;
import org.tutela.people.Organisation;
import org.tutela.people.OrganisationContact;
import org.tutela.people.Organisations;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.register.PolicyPack;
import org.tutela.register.Register;

/**
 * The DPO's desk for requests from public bodies and third parties for a client's
 * personal data (MEN-22, CER-11): each recorded with who asks what about which client,
 * the client's HR contacts informed by mail within the pack's business days, and data
 * handed over ({@link AuthorityHandOvers}) only once the client's window to object has
 * closed without objection, or at once where the law forbids telling the client. Every
 * read and change is audited.
 */
@Service
public class AuthorityRequests {

	private static final String CHARACTERS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AuthorityRequestStore store;

	private final AuthorityChecks checks;

	private final AuthorityMails mails;

	private final Organisations organisations;

	private final MailAddresses addresses;

	private final AuditTrail audit;

	private final AuthorityClock timing;

	private final Clock clock;

	AuthorityRequests(AuthorityRequestStore store, AuthorityChecks checks, AuthorityMails mails,
			Organisations organisations, MailAddresses addresses, AuditTrail audit, Register register, Clock clock) {
		this.store = store;
		this.checks = checks;
		this.mails = mails;
		this.organisations = organisations;
		this.addresses = addresses;
		this.audit = audit;
		this.clock = clock;
		PolicyPack.Clocks clocks = register.pack().clocks();
		this.timing = new AuthorityClock(clocks.authorityRequestAnswerBusinessDays(),
				clocks.authorityRequestObjectionHours(), register.pack().home(), clock.getZone());
	}

	/** Whether the pack keeps the clocks of MEN-22, and so these requests. */
	public boolean kept() {
		return this.timing.kept();
	}

	/** Refuses an account that may not record requests, and a pack that keeps none. */
	@PreAuthorize("hasAuthority('authority-requests.manage')")
	public void requireRecordable() {
		requireKept();
	}

	@PreAuthorize("hasAuthority('authority-requests.manage')")
	@Transactional
	public AuthorityRequest record(NewAuthorityRequest request) {
		requireKept();
		List<FieldError> errors = new ArrayList<>();
		this.checks.check(request, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		LocalDateTime received = request.receivedAt();
		Instant at = received.atZone(this.clock.getZone()).toInstant();
		UUID id = UUID.randomUUID();
		String ground = request.legalGround() == null || request.legalGround().isBlank() ? null
				: request.legalGround().strip();
		this.store.insert(new Recorded(id, reference(), request.kind(), request.requester().strip(),
				request.subject().strip(), request.organisation(), at, this.timing.informBy(at), ground,
				this.clock.instant(), Caller.name()));
		this.audit.record(AuditEvent.of(AuditAction.CREATE, null, "authority request " + id + " recorded"
				+ (ground == null ? "" : ", the law forbids telling the client")));
		return this.store.find(id).orElseThrow();
	}

	/** Every request, with what is due next on each; those received last first. */
	@PreAuthorize("hasAuthority('authority-requests.manage')")
	@Transactional
	public List<Line> all() {
		requireKept();
		Instant now = this.clock.instant();
		List<Line> lines = this.store.all()
			.stream()
			.map(request -> new Line(request, request.next(now, this.clock.getZone())))
			.toList();
		this.audit.record(AuditEvent.of(AuditAction.READ, null, "authority requests listed"));
		return lines;
	}

	/** The requests still waiting on the DPO or the client, for the dashboard. */
	@PreAuthorize("hasAuthority('authority-requests.manage')")
	@Transactional(readOnly = true)
	public List<Line> open() {
		Instant now = this.clock.instant();
		return this.store.all()
			.stream()
			.map(request -> new Line(request, request.next(now, this.clock.getZone())))
			.filter(line -> line.step().stage() != AuthorityStep.Stage.HANDED_OVER)
			.toList();
	}

	@PreAuthorize("hasAuthority('authority-requests.manage')")
	@Transactional
	public Line get(UUID id) {
		requireKept();
		AuthorityRequest request = this.store.find(id).orElseThrow(() -> new AuthorityRequestNotFound(id));
		this.audit.record(AuditEvent.of(AuditAction.READ, null, "authority request " + id + " read"));
		return new Line(request, request.next(this.clock.instant(), this.clock.getZone()));
	}

	/**
	 * Informs the client: every HR contact of the organisation with an e-mail address is
	 * mailed the link to the request in the portal, and the window to object starts now.
	 * Refused where the law forbids telling the client, where it was informed already, or
	 * where the client has no contact to mail.
	 */
	@PreAuthorize("hasAuthority('authority-requests.manage')")
	@Transactional
	public AuthorityRequest inform(UUID id) {
		requireKept();
		AuthorityRequest request = this.store.find(id).orElseThrow(() -> new AuthorityRequestNotFound(id));
		if (request.clientNotTold()) {
			throw AuthorityRequestRefused.clientNotTold();
		}
		if (request.informedAt() != null) {
			throw AuthorityRequestRefused.alreadyInformed();
		}
		List<Addressee> contacts = contacts(request.organisation());
		if (contacts.isEmpty()) {
			throw AuthorityRequestRefused.noContact();
		}
		Instant now = this.clock.instant();
		Instant until = this.timing.objectionUntil(now);
		if (!this.store.informed(id, now, until)) {
			throw AuthorityRequestRefused.alreadyInformed();
		}
		contacts.forEach(contact -> this.mails.inform(contact, request.reference(), request.client(), id, until));
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, null,
				"authority request " + id + ": client informed, " + contacts.size() + " contact(s) mailed"));
		return this.store.find(id).orElseThrow();
	}

	private List<Addressee> contacts(UUID organisation) {
		Organisation client = this.organisations.get(organisation);
		return client.contacts()
			.stream()
			.filter(contact -> contact.role() == ContactRole.HR)
			.map(OrganisationContact::person)
			.distinct()
			.map(this.addresses::of)
			.flatMap(java.util.Optional::stream)
			.toList();
	}

	/** A moment where the organisation is. */
	public ZonedDateTime zoned(Instant moment) {
		return moment.atZone(this.clock.getZone());
	}

	/** Refuses as not found where the pack keeps no such requests. */
	public void requireKept() {
		if (!this.timing.kept()) {
			throw new AuthorityRequestsNotKept();
		}
	}

	private static String reference() {
		StringBuilder reference = new StringBuilder("AR-");
		RANDOM.ints(8, 0, CHARACTERS.length()).forEach(i -> reference.append(CHARACTERS.charAt(i)));
		return reference.toString();
	}

	/** A request with what is due next on it. */
	public record Line(AuthorityRequest request, AuthorityStep step) {

	}

}
