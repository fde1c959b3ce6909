package org.tutela.retention;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.Registrations;
import org.tutela.identity.Caller;
import org.tutela.people.Organisations;
import org.tutela.people.Person;
import org.tutela.people.Persons;
import org.tutela.platform.PdfDocuments;
import org.tutela.register.Activity;
import org.tutela.register.LegalBasis;
import org.tutela.register.PolicyPack;
import org.tutela.register.Processor;
import org.tutela.register.Recipient;
import org.tutela.register.Register;
import org.tutela.register.RetentionRule;
import org.tutela.retention.ContractClosure.Line;
import org.tutela.retention.ContractClosure.Outcome;
import org.tutela.retention.contract.ContractStore;

/**
 * The end of a client contract (MEN-21, CER-10, ALL-4): within the month after it, the DPO closes
 * it out. The client's contact roles are deleted; the registrations made for the client are
 * exported for transfer when asked, and kept as the training activity's basis and retention rule
 * say, with that reason; the processors and third parties to tell are listed and each telling is
 * recorded. The close-out is kept as proof, as a PDF on request.
 */
@Service
public class ContractEnds {

	/** MEN-21: deleted or transferred within the month after the end. */
	private static final Period WITHIN = Period.ofMonths(1);

	private static final int LISTED = 20;

	private final Organisations organisations;

	private final Registrations registrations;

	private final Sessions sessions;

	private final Persons persons;

	private final Register register;

	private final ContractStore store;

	private final PdfDocuments pdfs;

	private final AuditTrail audit;

	private final Clock clock;

	ContractEnds(Organisations organisations, Registrations registrations, Sessions sessions, Persons persons,
			Register register, ContractStore store, PdfDocuments pdfs, AuditTrail audit, Clock clock) {
		this.organisations = organisations;
		this.registrations = registrations;
		this.sessions = sessions;
		this.persons = persons;
		this.register = register;
		this.store = store;
		this.pdfs = pdfs;
		this.audit = audit;
		this.clock = clock;
	}

	/** Contracts that ended in the past year and are not closed out yet, the earliest first. */
	@PreAuthorize("hasAuthority('retention.manage')")
	@Transactional(readOnly = true)
	public List<EndedContract> open() {
		LocalDate today = LocalDate.now(this.clock);
		Set<String> closed = this.store.closedEnds();
		return this.organisations.contractsEnded(today.minusYears(1), today)
			.stream()
			.filter(organisation -> !closed.contains(organisation.id() + "/" + organisation.contractEnd()))
			.map(organisation -> new EndedContract(organisation.id(), organisation.name(), organisation.contractEnd(),
					organisation.contractEnd().plus(WITHIN)))
			.toList();
	}

	/** Closes out the contract's end; {@code transfer}: the client asked for its data. */
	@PreAuthorize("hasAuthority('retention.manage')")
	@Transactional
	public ContractClosure close(UUID organisation, boolean transfer) {
		EndedContract ended = open().stream()
			.filter(candidate -> candidate.organisation().equals(organisation))
			.findFirst()
			.orElseThrow(() -> new ContractNotEnded(organisation));
		PolicyPack pack = this.register.pack();
		List<Line> lines = new ArrayList<>();
		lines.add(new Line(Outcome.DELETED, "contact roles", this.organisations.endContacts(organisation), null));
		Optional<Activity> training = pack.activity(pack.training().registration());
		if (training.isPresent()) {
			int registered = this.registrations.forOrganisation(organisation).size();
			if (transfer) {
				lines.add(new Line(Outcome.TRANSFERRED, "registrations", registered, null));
			}
			lines.add(new Line(Outcome.KEPT, "registrations", registered, reason(training.get())));
		}
		List<String> recipients = Stream.concat(pack.processors().stream().map(Processor::name),
				training.stream().flatMap(activity -> activity.recipients().stream()).map(Recipient::name)).toList();
		return get(this.store.insert(ended, transfer, Caller.name(), this.clock.instant(), lines, recipients));
	}

	@PreAuthorize("hasAuthority('retention.manage')")
	@Transactional(readOnly = true)
	public ContractClosure get(UUID closure) {
		return this.store.find(closure).orElseThrow(() -> new ClosureNotFound(closure));
	}

	/** The latest close-outs, newest first. */
	@PreAuthorize("hasAuthority('retention.manage')")
	@Transactional(readOnly = true)
	public List<ContractClosure> closed() {
		return this.store.recent(LISTED).stream().map(this::get).toList();
	}

	/** Records that a processor or third party on the close-out's list was told. */
	@PreAuthorize("hasAuthority('retention.manage')")
	@Transactional
	public ContractClosure told(UUID closure, String recipient) {
		get(closure);
		this.store.told(closure, recipient, Caller.name(), this.clock.instant());
		return get(closure);
	}

	/** The close-out as a PDF: the proof the client may ask for (MEN-21). */
	@PreAuthorize("hasAuthority('retention.manage')")
	@Transactional(readOnly = true)
	public byte[] proof(UUID closure, ZoneId zone, Locale locale) {
		return this.pdfs.render("retention/contract-proof", Map.of("closure", get(closure), "zone", zone), locale);
	}

	/**
	 * The registrations made for the client, for its transfer (CSV): course, days, participant
	 * and status. Each participant's export is audited.
	 */
	@PreAuthorize("hasAuthority('retention.manage')")
	@Transactional
	public String transfer(UUID closure) {
		ContractClosure closed = get(closure);
		if (!closed.transferred()) {
			throw new ContractNotEnded(closed.organisation());
		}
		StringWriter csv = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
			printer.printRecord("course", "title", "first_day", "last_day", "first_name", "last_name", "status", "registered_on");
			for (Registration registration : this.registrations.forOrganisation(closed.organisation())) {
				Session session = this.sessions.get(registration.session());
				Person participant = this.persons.get(registration.participant());
				this.audit.record(AuditEvent.of(AuditAction.EXPORT, participant.id(),
						"registration transferred to the client at the end of its contract"));
				printer.printRecord(session.course().code(), session.course().title(), session.firstDay(), session.lastDay(),
						participant.firstName(), participant.lastName(), registration.status(),
						LocalDate.ofInstant(registration.registeredAt(), this.clock.getZone()));
			}
		}
		catch (IOException unwritable) {
			throw new UncheckedIOException(unwritable);
		}
		return csv.toString();
	}

	/** Why the registrations stay: the training activity's basis, and the rules that end them. */
	private static String reason(Activity training) {
		String rules = training.retention().stream().map(RetentionRule::toString).collect(Collectors.joining("; "));
		String basis = training.basis().name().toLowerCase(Locale.ROOT).replace('_', ' ');
		String detail = training.basisDetail() == null ? "" : " (" + training.basisDetail().in(Locale.ENGLISH) + ")";
		return (training.basis() == LegalBasis.LEGAL_OBLIGATION ? "kept by law: " : "kept under their own rule: ") + basis
				+ detail + "; " + rules;
	}

}
