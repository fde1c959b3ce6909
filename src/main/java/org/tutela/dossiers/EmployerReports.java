package org.tutela.dossiers;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
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
import org.tutela.dossiers.inspection.ControlMails;
import org.tutela.dossiers.inspection.ControlStore;
import org.tutela.people.MailAddresses;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.people.Persons;
import org.tutela.register.Activity;
import org.tutela.register.Recipient;
import org.tutela.register.RecipientType;

/**
 * The employer's report: issued by the assigned physician once the findings are recorded,
 * recorded in the disclosure log as a disclosure to the employer (ALL-3), announced to
 * the contact who ordered the control by a mail that names only the reference, and read
 * by the employer's contacts in the portal or the API. It carries the conclusion alone
 * (CER-1).
 */
@Service
public class EmployerReports {

	private final AbsenteeismControls controls;

	private final ControlStore store;

	private final Disclosures disclosures;

	private final Organisations organisations;

	private final MailAddresses addresses;

	private final ControlMails mails;

	private final Persons persons;

	private final AuditTrail audit;

	private final Clock clock;

	EmployerReports(AbsenteeismControls controls, ControlStore store, Disclosures disclosures,
			Organisations organisations, MailAddresses addresses, ControlMails mails, Persons persons, AuditTrail audit,
			Clock clock) {
		this.persons = persons;
		this.controls = controls;
		this.store = store;
		this.disclosures = disclosures;
		this.organisations = organisations;
		this.addresses = addresses;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The assigned physician issues the report of an examined control. The day it is
	 * issued is the incident the file is kept five years from (CER-13).
	 */
	@PreAuthorize("hasAuthority('medical-files.read')")
	@Transactional(noRollbackFor = FileRefused.class)
	public EmployerReport issue(UUID id) {
		Activity activity = this.controls.activity();
		ControlSummary control = this.controls.assignedOpen(id, activity, "report");
		if (control.status() != ControlStatus.EXAMINED) {
			throw new ControlNotOpen(control.reference(), control.status());
		}
		Recipient employer = activity.recipients()
			.stream()
			.filter(recipient -> recipient.type() == RecipientType.EMPLOYER)
			.findFirst()
			.orElseThrow(() -> new ControlNotOpen(control.reference(), control.status()));
		Disclosure disclosure = this.disclosures.recordOnBehalf(
				new NewDisclosure(activity.id(), employer.name(), List.of("identity", "identifier", "special"),
						List.of(control.worker()), "absenteeism control " + control.reference() + ": conclusion"));
		Instant now = this.clock.instant();
		this.store.reported(id, now, disclosure.id(), this.controls.day(now));
		if (control.orderedBy() != null) {
			this.addresses.of(control.orderedBy())
				.ifPresent(contact -> this.mails.reportReady(contact.email(), Locale.forLanguageTag(contact.language()),
						control.reference(), id));
		}
		return report(this.store.summary(id).orElseThrow());
	}

	/**
	 * The controls of the employers the signed-in contact represents, newest first, each
	 * with the worker's name (a read audited); no health datum.
	 */
	@PreAuthorize("hasAuthority('controls.order')")
	@Transactional
	public List<Line> ofMyEmployers() {
		String activity = this.controls.activity().id();
		return this.store.orderedBy(represented().stream().map(Organisation::id).toList())
			.stream()
			.map(control -> new Line(control, this.persons.nameFor(control.worker(), activity)))
			.toList();
	}

	/**
	 * A control of an employer the signed-in contact represents, with its report once
	 * issued; for anyone else the control does not exist. Each reading of a report is
	 * audited.
	 */
	@PreAuthorize("hasAuthority('controls.order')")
	@Transactional
	public Ordered forEmployer(UUID id) {
		Activity activity = this.controls.activity();
		ControlSummary control = this.store.summary(id)
			.filter(found -> represented().stream().anyMatch(org -> org.id().equals(found.organisation())))
			.orElseThrow(() -> new ControlNotFound(id));
		String worker = this.persons.nameFor(control.worker(), activity.id());
		if (control.status() != ControlStatus.REPORTED) {
			return new Ordered(control, worker, Optional.empty());
		}
		this.audit.record(new AuditEvent(AuditAction.READ, control.worker(), null, activity.id(), Set.of("conclusion"),
				"employer report " + control.reference()));
		return new Ordered(control, worker, Optional.of(report(control)));
	}

	private EmployerReport report(ControlSummary control) {
		ControlFile file = this.store.file(control);
		Finding finding = file.finding();
		return new EmployerReport(control.reference(),
				this.persons.nameFor(control.worker(), this.controls.activity().id()), file.employeeNumber(),
				this.controls.employer(control), finding.examinedOn(), control.visitKind(), finding.conclusion(),
				finding.justifiedUntil(), finding.resumableOn(),
				Objects.requireNonNullElse(this.controls.physician(control), ""), control.reportedAt());
	}

	private List<Organisation> represented() {
		return this.addresses.signedIn().map(this.organisations::representedBy).orElse(List.of());
	}

	/** A control as its employer sees it: where it stands, and the report once issued. */
	public record Ordered(ControlSummary control, String worker, Optional<EmployerReport> report) {

	}

	/** A control in the employer's list: where it stands, and for whom. */
	public record Line(ControlSummary control, String worker) {

	}

}
