package org.tutela.requests;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
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
import org.tutela.people.MailAddresses;
import org.tutela.people.Persons;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.register.PolicyPack;
import org.tutela.register.Register;
import org.tutela.requests.StaffIntake.Document;
import org.tutela.requests.deadline.Deadlines;
import org.tutela.requests.file.RequestFiles;
import org.tutela.requests.file.RequestStore;
import org.tutela.requests.fulfil.RequestMails;

/**
 * The DPO's desk: the open requests, the most urgent first, each with its file, steps,
 * identity document and recipients to tell; verifying a request with evidence, and
 * extending or refusing it, recording who was told of a change, and reminding the DPO of
 * what falls due (ALL-4). The answers for each right are {@link RequestAnswers}'.
 */
@Service
public class DpoDesk {

	private final RequestStore store;

	private final RequestFiles files;

	private final Register register;

	private final Persons persons;

	private final RequestMails mails;

	private final AuditTrail audit;

	private final Deadlines deadlines;

	private final Clock clock;

	private final MailAddresses addresses;

	DpoDesk(RequestStore store, RequestFiles files, Deadlines deadlines, Register register, Persons persons,
			RequestMails mails, AuditTrail audit, Clock clock, MailAddresses addresses) {
		this.addresses = addresses;
		this.store = store;
		this.files = files;
		this.deadlines = deadlines;
		this.register = register;
		this.persons = persons;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
	}

	/** Staff checked the evidence and name the person the request is about. */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public DataRequest verify(UUID id, PersonId person, @Nullable String evidence) {
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

	/**
	 * The attending physician a medical file goes to, while the request is with the head
	 * physicians.
	 */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional(readOnly = true)
	public Optional<MedicalFileRequest> handedOver(UUID id) {
		return this.files.handedOver(id);
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
	 * The persons an open request is about, or may be about while it is not yet matched
	 * to one (everyone holding the requester's address): a legal hold on their data until
	 * the request is answered, so no retention sweep changes what the answer must show.
	 */
	@Transactional(readOnly = true)
	public Set<PersonId> personsWithOpenRequests() {
		Set<PersonId> held = new HashSet<>(this.store.personsOfOpen());
		held.addAll(this.addresses.personsWith(this.store.addressesOfUnmatchedOpen()));
		return held;
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

	/**
	 * Extends the period by two months (GDPR Art. 12(3)); only within the first period,
	 * and the person is told why at once (MEN-16).
	 */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public DataRequest extend(UUID id, @Nullable String reason) {
		DataRequest request = this.files.open(id);
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
		this.files.step(id, "extended", "to " + to + ": " + reason.strip());
		this.mails.tell(request, "extended", RequestMails.date(to, this.mails.locale(request)), reason.strip());
		this.audit
			.record(AuditEvent.of(AuditAction.UPDATE, request.person(), "data-subject request " + id + " extended"));
		return this.files.find(id);
	}

	/**
	 * Refuses the request, telling the reason and the route to the supervisory authority
	 * (MEZ-15).
	 */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public DataRequest refuse(UUID id, @Nullable String reason) {
		DataRequest request = this.files.open(id);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput(List.of(new FieldError("reason", "required")));
		}
		this.mails.tell(request, "refused", reason.strip(), this.mails.complaintRoute(this.mails.locale(request)));
		this.audit
			.record(AuditEvent.of(AuditAction.UPDATE, request.person(), "data-subject request " + id + " refused"));
		return this.files.close(request, RequestStatus.REFUSED, null, reason.strip());
	}

	/**
	 * Records that a recipient was told of the rectification, erasure or restriction
	 * (Art. 19).
	 */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public void recipientTold(UUID id, String recipient) {
		this.files.find(id);
		if (!this.store.told(id, recipient, Caller.name(), this.clock.instant())) {
			throw new InvalidInput(List.of(new FieldError("recipient", "requests.recipient-not-listed")));
		}
		this.files.step(id, "recipient-told", recipient);
	}

	private PolicyPack pack() {
		return this.register.pack();
	}

}
