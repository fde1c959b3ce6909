package org.tutela.dossiers.surveillance;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.disclosures.Disclosure;
import org.tutela.disclosures.Disclosures;
import org.tutela.disclosures.NewDisclosure;
import org.tutela.dossiers.FileRefused;
import org.tutela.people.MailAddresses;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.people.Persons;
import org.tutela.register.Activity;
import org.tutela.register.Recipient;
import org.tutela.register.RecipientType;

/**
 * The forms of health surveillance as they leave the physician: the assessment is issued
 * to the employer, recorded in the disclosure log (ALL-3) and read by the employer's HR
 * contacts in the portal; the worker receives the printed form from the physician, and
 * that it was handed is recorded. Both carry the conclusion alone, never a finding (Code
 * on well-being at work, Book I, Title 4).
 */
@Service
public class HealthAssessments {

	private final HealthFiles files;

	private final HealthFileStore store;

	private final Disclosures disclosures;

	private final Organisations organisations;

	private final MailAddresses addresses;

	private final Persons persons;

	private final AuditTrail audit;

	private final Clock clock;

	HealthAssessments(HealthFiles files, HealthFileStore store, Disclosures disclosures, Organisations organisations,
			MailAddresses addresses, Persons persons, AuditTrail audit, Clock clock) {
		this.files = files;
		this.store = store;
		this.disclosures = disclosures;
		this.organisations = organisations;
		this.addresses = addresses;
		this.persons = persons;
		this.audit = audit;
		this.clock = clock;
	}

	/** The physician who recorded the examination issues its form to the employer. */
	@PreAuthorize("hasAuthority('medical-files.read')")
	@Transactional(noRollbackFor = FileRefused.class)
	public AssessmentReport issue(UUID examination) {
		Activity activity = this.files.activity();
		Examination examined = this.store.examination(examination)
			.orElseThrow(() -> new HealthFileNotFound(examination));
		HealthFile file = this.files.assigned(examined.file(), activity, "assessment");
		if (examined.issuedAt() == null) {
			Recipient employer = activity.recipients()
				.stream()
				.filter(recipient -> recipient.type() == RecipientType.EMPLOYER)
				.findFirst()
				.orElseThrow(HealthFilesNotOffered::new);
			Disclosure disclosure = this.disclosures.recordOnBehalf(new NewDisclosure(activity.id(), employer.name(),
					List.of("identity", "professional", "special"), List.of(file.worker()),
					"health file " + file.reference() + ": assessment of " + examined.examinedOn()));
			this.store.issued(examination, this.clock.instant(), disclosure.id());
		}
		return report(file, this.store.examination(examination).orElseThrow(), activity, true);
	}

	/**
	 * The form for the worker, printed by the physician who recorded the examination.
	 */
	@PreAuthorize("hasAuthority('medical-files.read')")
	@Transactional(noRollbackFor = FileRefused.class)
	public AssessmentReport forWorker(UUID examination) {
		Activity activity = this.files.activity();
		Examination examined = this.store.examination(examination)
			.orElseThrow(() -> new HealthFileNotFound(examination));
		HealthFile file = this.files.assigned(examined.file(), activity, "assessment form");
		this.audit.record(AuditEvent.read(file.worker(), activity.id(), "conclusion"));
		return report(file, examined, activity, true);
	}

	/** The physician records that the worker was handed the form. */
	@PreAuthorize("hasAuthority('medical-files.read')")
	@Transactional(noRollbackFor = FileRefused.class)
	public void handed(UUID examination) {
		Activity activity = this.files.activity();
		Examination examined = this.store.examination(examination)
			.orElseThrow(() -> new HealthFileNotFound(examination));
		HealthFile file = this.files.assigned(examined.file(), activity, "assessment form");
		Instant now = this.clock.instant();
		this.store.handed(examination, now);
		this.audit.record(new AuditEvent(AuditAction.UPDATE, file.worker(), null, activity.id(), Set.of("handed_at"),
				"health file " + file.reference() + ": assessment form handed to the worker"));
	}

	/**
	 * The assessments issued to the employers the signed-in contact represents, newest
	 * first; each reading is audited. Conclusions only.
	 */
	@PreAuthorize("hasAuthority('controls.order')")
	@Transactional
	public List<AssessmentReport> ofMyEmployers() {
		Activity activity = this.files.activity();
		List<UUID> mine = represented().stream().map(Organisation::id).toList();
		return this.store.issuedTo(mine).stream().map(examined -> {
			HealthFile file = this.store.file(examined.file()).orElseThrow();
			this.audit.record(new AuditEvent(AuditAction.READ, file.worker(), null, activity.id(), Set.of("conclusion"),
					"employer assessment " + file.reference()));
			return report(file, examined, activity, false);
		}).toList();
	}

	/**
	 * One assessment issued to an employer the contact represents; otherwise not found.
	 */
	@PreAuthorize("hasAuthority('controls.order')")
	@Transactional
	public AssessmentReport forEmployer(UUID examination) {
		Activity activity = this.files.activity();
		List<UUID> mine = represented().stream().map(Organisation::id).toList();
		Examination examined = this.store.examination(examination)
			.filter(found -> found.issuedAt() != null)
			.orElseThrow(() -> new HealthFileNotFound(examination));
		HealthFile file = this.store.file(examined.file())
			.filter(found -> mine.contains(found.organisation()))
			.orElseThrow(() -> new HealthFileNotFound(examination));
		this.audit.record(new AuditEvent(AuditAction.READ, file.worker(), null, activity.id(), Set.of("conclusion"),
				"employer assessment " + file.reference()));
		return report(file, examined, activity, false);
	}

	/**
	 * The form; the birth date only for the physician, who reads the worker's record: the
	 * employer knows it already.
	 */
	private AssessmentReport report(HealthFile file, Examination examined, Activity activity, boolean staff) {
		String workstation = file.workstation() == null ? null
				: this.store.workstation(file.workstation()).map(Workstation::name).orElse(null);
		return new AssessmentReport(examined.id(), file.reference(), this.persons.nameFor(file.worker(), activity.id()),
				staff ? this.persons.get(file.worker()).birthDate() : null, this.files.employer(file.organisation()),
				workstation, examined.examinedOn(), examined.assessment(), this.files.physician(examined.physician()),
				examined.issuedAt());
	}

	private List<Organisation> represented() {
		return this.addresses.signedIn().map(this.organisations::representedBy).orElse(List.of());
	}

}
