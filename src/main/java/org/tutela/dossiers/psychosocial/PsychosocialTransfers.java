package org.tutela.dossiers.psychosocial;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.bouncycastle.openpgp.PGPPublicKey;
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
import org.tutela.dossiers.copies.CopiedFile;
import org.tutela.dossiers.inspection.OrderChecks;
import org.tutela.dossiers.psychosocial.PsychosocialCases.Listed;
import org.tutela.dossiers.psychosocial.PsychosocialCases.Opened;
import org.tutela.dossiers.transfer.TransferPackages;
import org.tutela.dossiers.transfer.TransferPackages.Packed;
import org.tutela.dossiers.transfer.TransferPackages.Sealed;
import org.tutela.dossiers.transfer.TransferredFile;
import org.tutela.identity.AccountId;
import org.tutela.identity.Caller;
import org.tutela.people.Persons;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;
import org.tutela.register.Activity;
import org.tutela.register.Register;

/**
 * A client changes external prevention service (Code on well-being at work, book I, title
 * 3, art. 34; seed point 16.2): the adviser handling the client's cases records the new
 * service and its psychosocial prevention adviser, tells the persons concerned in each
 * case still dealt with that this service may deal with it no more, and sends the new
 * adviser, adviser to adviser, one package in the format of {@code
 * docs/transfer-package.md}: the cases still dealt with, which are then handed over and
 * changed here no more, and a closed case only where the new adviser asked for it with a
 * reason. Only the adviser handling the cases does any of it; anyone else is refused on
 * the record (MEN-11, MEN-18, MEN-20).
 */
@Service
public class PsychosocialTransfers {

	static final String KIND = "psychosocial-case";

	private final PsychosocialCases cases;

	private final PsychosocialStore store;

	private final ServiceChangeStore changes;

	private final FileAccess access;

	private final TransferPackages packages;

	private final AuditTrail audit;

	private final Persons persons;

	private final Register register;

	private final Clock clock;

	PsychosocialTransfers(PsychosocialCases cases, PsychosocialStore store, ServiceChangeStore changes,
			FileAccess access, TransferPackages packages, AuditTrail audit, Persons persons, Register register,
			Clock clock) {
		this.register = register;
		this.cases = cases;
		this.store = store;
		this.changes = changes;
		this.access = access;
		this.packages = packages;
		this.audit = audit;
		this.persons = persons;
		this.clock = clock;
	}

	/** The clients of the cases the signed-in adviser handles, by name. */
	@PreAuthorize("hasAuthority('psychosocial-files.read')")
	@Transactional(readOnly = true)
	public List<String> clients() {
		return this.store.employersHandledBy(me());
	}

	/** The changes of service the signed-in adviser recorded, newest first. */
	@PreAuthorize("hasAuthority('psychosocial-files.read')")
	@Transactional(readOnly = true)
	public List<ServiceChange> recorded() {
		return this.changes.recordedBy(me());
	}

	/**
	 * Records the client's change as the client gave it (art. 34, 1°, b); a change with a
	 * broken rule leaves nothing behind.
	 */
	@PreAuthorize("hasAuthority('psychosocial-files.read')")
	@Transactional
	public ServiceChange record(NewServiceChange typed) {
		Activity activity = activity();
		List<FieldError> errors = new ArrayList<>();
		if (typed.employer() == null || !clients().contains(typed.employer())) {
			errors.add(new FieldError("employer", "psychosocial.transfer.client"));
		}
		String service = OrderChecks.required("newService", typed.newService(), TextRule.LINE, errors);
		String adviser = OrderChecks.required("newAdviser", typed.newAdviser(), TextRule.NAME, errors);
		String address = OrderChecks.required("newAdviserAddress", typed.newAdviserAddress(), TextRule.LINE, errors);
		if (typed.changedOn() == null) {
			errors.add(new FieldError("changedOn", "required"));
		}
		TransferPackages.checkLetter(typed.letter(), null, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		ServiceChange change = new ServiceChange(UUID.randomUUID(), FileReference.next("PC-"), typed.employer(), me(),
				service, adviser, address, typed.changedOn(), null, this.clock.instant());
		this.changes.insert(change, typed.letter());
		this.audit.record(new AuditEvent(AuditAction.CREATE, null, null, activity.id(), Set.of(),
				"psychosocial change of service " + change.reference() + " recorded"));
		return this.changes.change(change.id()).orElseThrow();
	}

	/**
	 * A change with the client's cases the adviser handles: those still dealt with, those
	 * handed over and the closed ones, the new adviser's requests and the packages sent.
	 */
	@PreAuthorize("hasAuthority('backoffice')")
	@Transactional(noRollbackFor = FileRefused.class)
	public Moving change(UUID id) {
		ServiceChange change = mine(id, "psychosocial change of service");
		List<Listed> dealtWith = new ArrayList<>();
		List<Listed> handedOver = new ArrayList<>();
		List<Listed> closed = new ArrayList<>();
		for (CaseSummary summary : this.store.handledBy(change.adviser(), change.employer())) {
			Listed listed = new Listed(summary, this.persons.get(summary.applicant()).fullName());
			(summary.dealtWith() ? dealtWith : summary.handedOver() ? handedOver : closed).add(listed);
		}
		return new Moving(change, dealtWith, handedOver, closed, this.changes.requests(id), this.changes.transfers(id));
	}

	/**
	 * The day the applicant and the persons directly involved in a case still dealt with
	 * were told this service may deal with it no more (art. 34, 1°, a).
	 */
	@PreAuthorize("hasAuthority('backoffice')")
	@Transactional(noRollbackFor = FileRefused.class)
	public void informed(UUID id, UUID caseId, @Nullable LocalDate on) {
		ServiceChange change = mine(id, "psychosocial informing");
		CaseSummary summary = ofClient(change, caseId, "psychosocial informing");
		List<FieldError> errors = new ArrayList<>();
		day("informedOn", on, summary, errors);
		if (!summary.dealtWith()) {
			errors.add(new FieldError("informedOn", "psychosocial.transfer.not-dealt-with"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		this.store.informed(caseId, on);
		this.audit.record(new AuditEvent(AuditAction.UPDATE, summary.applicant(), null, activity().id(),
				Set.of("informed_on"), "psychosocial case " + summary.reference() + " persons concerned informed"));
	}

	/**
	 * The new adviser asked for a copy of a closed case as necessary for their duties:
	 * the day and the reason they gave (art. 34, 2°).
	 */
	@PreAuthorize("hasAuthority('backoffice')")
	@Transactional(noRollbackFor = FileRefused.class)
	public void requested(UUID id, UUID caseId, @Nullable LocalDate on, @Nullable String reason) {
		ServiceChange change = mine(id, "psychosocial copy request");
		CaseSummary summary = ofClient(change, caseId, "psychosocial copy request");
		List<FieldError> errors = new ArrayList<>();
		day("requestedOn", on, summary, errors);
		String given = OrderChecks.required("reason", reason, TextRule.LINE, errors);
		if (summary.open()) {
			errors.add(new FieldError("reason", "psychosocial.transfer.not-closed"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		this.changes.request(id, new CopyRequest(caseId, on, given), this.clock.instant());
		this.audit.record(new AuditEvent(AuditAction.UPDATE, summary.applicant(), null, activity().id(),
				Set.of("copy_request"), "psychosocial case " + summary.reference() + " copy asked by the new adviser"));
	}

	/**
	 * One package for the new adviser, sealed to their key or an agreed passphrase,
	 * holding the chosen cases: each still dealt with, or closed with the new adviser's
	 * request. The cases still dealt with are handed over; each file is a disclosure to
	 * the new service. Every broken rule is named at once, and nothing is recorded then.
	 */
	@PreAuthorize("hasAuthority('backoffice')")
	@Transactional(noRollbackFor = FileRefused.class)
	public Sent send(UUID id, @Nullable List<UUID> chosen, @Nullable String publicKey, @Nullable String passphrase,
			Locale locale) {
		ServiceChange change = mine(id, "psychosocial transfer");
		Map<UUID, CopyRequest> requests = this.changes.requests(id);
		List<FieldError> errors = new ArrayList<>();
		List<CaseSummary> going = going(change, chosen == null ? List.of() : chosen, requests, errors);
		Optional<PGPPublicKey> key = this.packages.checkSeal(publicKey, passphrase, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		String reference = FileReference.next("PT-");
		List<Packed> files = new ArrayList<>();
		for (CaseSummary summary : going) {
			Opened opened = this.cases.file(summary.id());
			files.add(new Packed(KIND,
					new TransferredFile(summary.applicant(), summary.reference(),
							new CopiedFile("dossiers/psychosocial-record", opened)),
					handling(summary, requests.get(summary.id()))));
		}
		Sealed sealed = this.packages.make(reference, header(change), files, key, passphrase, locale);
		CaseTransfer transfer = new CaseTransfer(UUID.randomUUID(), reference, id, sealed.sealedWith(),
				sealed.fingerprint(), files.size(), sealed.sha256(), this.clock.instant());
		this.changes.insert(transfer, going.stream().map(CaseSummary::id).toList());
		handOver(going, transfer);
		this.packages.disclose(activity().id(), going.stream().map(CaseSummary::applicant).toList(),
				"psychosocial transfer " + reference);
		return new Sent(transfer, sealed.fileName(), sealed.content());
	}

	/**
	 * The chosen cases, each one this adviser handles for the client, still dealt with or
	 * closed with a request; another's case is refused on the record.
	 */
	private List<CaseSummary> going(ServiceChange change, List<UUID> chosen, Map<UUID, CopyRequest> requests,
			List<FieldError> errors) {
		if (chosen.isEmpty()) {
			errors.add(new FieldError("cases", "psychosocial.transfer.none"));
		}
		List<CaseSummary> going = new ArrayList<>();
		for (UUID caseId : chosen.stream().distinct().toList()) {
			CaseSummary summary = ofClient(change, caseId, "psychosocial transfer");
			FieldError broken = summary.handedOver() ? new FieldError("cases", "psychosocial.transfer.handed")
					: !summary.open() && !requests.containsKey(caseId)
							? new FieldError("cases", "psychosocial.transfer.no-reason") : null;
			if (broken != null && !errors.contains(broken)) {
				errors.add(broken);
			}
			going.add(summary);
		}
		return going;
	}

	private void handOver(List<CaseSummary> going, CaseTransfer transfer) {
		List<CaseSummary> open = going.stream().filter(CaseSummary::open).toList();
		this.store.handedToNewService(open.stream().map(CaseSummary::id).toList(), transfer.id());
		for (CaseSummary summary : open) {
			this.audit.record(new AuditEvent(AuditAction.UPDATE, summary.applicant(), null, activity().id(),
					Set.of("handed_over_in"), "psychosocial case " + summary.reference()
							+ " handed over to the client's new service in " + transfer.reference()));
		}
	}

	/** What the manifest says of the receiving adviser, after the sending service. */
	private static Map<String, Object> header(ServiceChange change) {
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("to", change.newService());
		header.put("adviser", change.newAdviser());
		header.put("adviserAddress", change.newAdviserAddress());
		header.put("changedOn", String.valueOf(change.changedOn()));
		header.put("client", change.employer());
		return header;
	}

	/** An open case is taken over; a closed one is a copy, with the request. */
	private static Map<String, Object> handling(CaseSummary summary, @Nullable CopyRequest request) {
		if (summary.open() || request == null) {
			return Map.of("handling", "take-over");
		}
		Map<String, Object> copy = new LinkedHashMap<>();
		copy.put("handling", "copy");
		copy.put("requestedOn", String.valueOf(request.requestedOn()));
		copy.put("reason", request.reason());
		return copy;
	}

	/** The change, when the signed-in adviser recorded it; anyone else is refused. */
	private ServiceChange mine(UUID id, String what) {
		Activity activity = activity();
		ServiceChange change = this.changes.change(id).orElseThrow(ServiceChangeNotFound::new);
		this.access.requireHandler(change.adviser(), null, "change of service " + change.reference(), activity, what);
		return change;
	}

	/** A case the adviser handles for the change's client: else refused or not found. */
	private CaseSummary ofClient(ServiceChange change, UUID caseId, String what) {
		CaseSummary summary = this.store.summary(caseId).orElseThrow(CaseNotFound::new);
		this.access.requireHandler(summary.adviser(), summary.applicant(), "case " + summary.reference(), activity(),
				what);
		if (!summary.employer().equals(change.employer())) {
			throw new CaseNotFound();
		}
		return summary;
	}

	private void day(String field, @Nullable LocalDate day, CaseSummary summary, List<FieldError> errors) {
		PsychosocialCases.day(field, day, summary, LocalDate.now(this.clock), errors);
	}

	private static AccountId me() {
		return Caller.account().orElseThrow(FileRefused::new);
	}

	private Activity activity() {
		return this.register.pack()
			.activityServing(PsychosocialCases.PURPOSE)
			.orElseThrow(PsychosocialFilesNotKept::new);
	}

	/**
	 * A change with the client's cases: still dealt with here, handed over, closed; the
	 * new adviser's requests by case and the packages sent.
	 */
	public record Moving(ServiceChange change, List<Listed> dealtWith, List<Listed> handedOver, List<Listed> closed,
			Map<UUID, CopyRequest> requests, List<CaseTransfer> transfers) {

	}

	/** The sealed package, to download once. */
	public record Sent(CaseTransfer transfer, String fileName, byte[] content) {

	}

}
