package org.tutela.dossiers;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.disclosures.Disclosures;
import org.tutela.disclosures.NewDisclosure;
import org.tutela.dossiers.copies.CopiedFile;
import org.tutela.dossiers.copies.MedicalFilesOfWorker;
import org.tutela.identity.Caller;
import org.tutela.identity.StaffAccounts;
import org.tutela.people.Person;
import org.tutela.people.Persons;
import org.tutela.platform.pdf.PdfDocuments;
import org.tutela.register.Activity;
import org.tutela.register.Recipient;
import org.tutela.register.RecipientType;
import org.tutela.register.Register;
import org.tutela.requests.DataRequest;
import org.tutela.requests.MedicalFileRequest;
import org.tutela.requests.MedicalFileRequests;

/**
 * A worker's medical files for their attending physician (MEN-17, CER-9): the request
 * desk hands an access request on a medical file to the head physicians, one of them
 * prints every file the service keeps about the worker, addressed to the physician the
 * letter names, and sends it by post. Saying it was sent records the disclosure to that
 * physician, and closes the request.
 */
@Service
public class MedicalFileCopies {

	private final MedicalFileRequests requests;

	private final List<MedicalFilesOfWorker> kinds;

	private final Disclosures disclosures;

	private final Persons persons;

	private final StaffAccounts accounts;

	private final PdfDocuments pdfs;

	private final Register register;

	private final AuditTrail audit;

	private final Clock clock;

	MedicalFileCopies(MedicalFileRequests requests, List<MedicalFilesOfWorker> kinds, Disclosures disclosures,
			Persons persons, StaffAccounts accounts, PdfDocuments pdfs, Register register, AuditTrail audit,
			Clock clock) {
		this.requests = requests;
		this.kinds = kinds;
		this.disclosures = disclosures;
		this.persons = persons;
		this.accounts = accounts;
		this.pdfs = pdfs;
		this.register = register;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the organisation's policy keeps any medical file. */
	public boolean inUse() {
		return this.kinds.stream().anyMatch(MedicalFilesOfWorker::kept);
	}

	/**
	 * The requests the head physicians have to answer, the most urgent first; reading the
	 * workers' names is audited.
	 */
	@PreAuthorize("hasAuthority('medical-files.release')")
	@Transactional
	public List<Waiting> waiting() {
		return this.requests.waiting().stream().map(this::waiting).toList();
	}

	@PreAuthorize("hasAuthority('medical-files.release')")
	@Transactional
	public Waiting waiting(UUID id) {
		return waiting(this.requests.waiting(id));
	}

	/**
	 * The copy, as a PDF addressed to the attending physician: every file of every kind
	 * the pack keeps, each reading audited.
	 */
	@PreAuthorize("hasAuthority('medical-files.release')")
	@Transactional(noRollbackFor = FileRefused.class)
	public byte[] copy(UUID id, Locale locale) {
		MedicalFileRequest request = this.requests.waiting(id);
		Person worker = this.persons.get(request.person());
		List<CopiedFile> files = this.kinds.stream()
			.filter(MedicalFilesOfWorker::kept)
			.flatMap(kind -> kind.of(request.person()).stream())
			.toList();
		this.audit.record(AuditEvent.of(AuditAction.EXPORT, request.person(),
				"medical files printed for the attending physician: " + files.size() + " files"));
		return this.pdfs.render("dossiers/copy-pdf",
				Map.of("request", request, "worker", worker, "files", files, "producedBy",
						Caller.account().map(this.accounts::displayName).orElse(""), "producedAt",
						this.clock.instant()),
				locale);
	}

	/**
	 * The copy went by post: the disclosure to the attending physician is recorded for
	 * every kind of file the pack keeps about the worker, and the request closes.
	 */
	@PreAuthorize("hasAuthority('medical-files.release')")
	@Transactional
	public DataRequest sent(UUID id) {
		MedicalFileRequest request = this.requests.waiting(id);
		this.kinds.stream()
			.filter(MedicalFilesOfWorker::kept)
			.map(MedicalFilesOfWorker::activity)
			.distinct()
			.forEach(activity -> disclose(activity, request));
		return this.requests.sent(id);
	}

	private void disclose(String id, MedicalFileRequest request) {
		Activity activity = this.register.pack().activity(id).orElseThrow();
		Recipient physician = activity.recipients()
			.stream()
			.filter(recipient -> recipient.type() == RecipientType.ATTENDING_PHYSICIAN)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the pack names no attending physician for " + id));
		this.disclosures.recordOnBehalf(new NewDisclosure(id, physician.name(), List.of("identity", "special"),
				List.of(request.person()), "access request " + request.id()));
	}

	private Waiting waiting(MedicalFileRequest request) {
		return new Waiting(request, this.persons.get(request.person()).fullName());
	}

	/** A request as the head physicians' list shows it. */
	public record Waiting(MedicalFileRequest request, String worker) {

	}

}
