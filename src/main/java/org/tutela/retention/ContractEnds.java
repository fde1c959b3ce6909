package org.tutela.retention;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.ClientRegistrations;
import org.tutela.identity.Caller;
import org.tutela.people.Addressee;
import org.tutela.people.MailAddresses;
import org.tutela.people.Organisations;
import org.tutela.personaldata.ClientContractClosedOut;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.pdf.PdfDocuments;
import org.tutela.platform.spreadsheet.SpreadsheetCells;
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
import org.tutela.retention.hold.HeldPersons;

/**
 * The end of a client contract (MEN-21, CER-10, ALL-4): within the month after it, the
 * DPO closes it out. The client's contact roles are deleted, and the registrations made
 * for the client forget who registered them, so its contacts no longer see them; persons
 * under a legal hold keep theirs. The close-out decides this and writes it in the proof;
 * people and enrolment carry it out once it is stored ({@link ClientContractClosedOut}).
 * The registrations are exported for transfer when asked, and kept as the training
 * activity's retention rule says, with that reason. The processors and third parties to
 * tell are listed and each telling is recorded. The close-out is kept as proof, as a PDF
 * on request.
 */
@Service
public class ContractEnds {

	/** MEN-21: deleted or transferred within the month after the end. */
	private static final Period WITHIN = Period.ofMonths(1);

	private static final int LISTED = 20;

	private final Organisations organisations;

	private final ClientRegistrations registrations;

	private final Sessions sessions;

	private final MailAddresses addresses;

	private final HeldPersons held;

	private final Register register;

	private final ContractStore store;

	private final PdfDocuments pdfs;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ContractEnds(Organisations organisations, ClientRegistrations registrations, Sessions sessions,
			MailAddresses addresses, HeldPersons held, Register register, ContractStore store, PdfDocuments pdfs,
			AuditTrail audit, ApplicationEventPublisher events, Clock clock) {
		this.organisations = organisations;
		this.registrations = registrations;
		this.sessions = sessions;
		this.addresses = addresses;
		this.held = held;
		this.register = register;
		this.store = store;
		this.pdfs = pdfs;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Client contracts that ended before today and are not closed out yet, the earliest
	 * first.
	 */
	@PreAuthorize("hasAuthority('retention.manage')")
	@Transactional(readOnly = true)
	public List<EndedContract> open() {
		Set<String> closed = this.store.closedEnds();
		return this.organisations.contractsEnded()
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
		Set<PersonId> held = this.held.now();
		List<Line> lines = new ArrayList<>();
		// What goes and what stays is decided here, for the proof; people and enrolment
		// carry it out once the close-out is stored (ClientContractClosedOut).
		List<PersonId> contacts = this.organisations.contactPersons(organisation);
		List<PersonId> ending = contacts.stream().filter(person -> !held.contains(person)).toList();
		lines.add(new Line(Outcome.DELETED, "contact-roles", ending.size(), null));
		List<UUID> unlinked = List.of();
		Optional<Activity> training = pack.activity(pack.training().registration());
		if (training.isPresent()) {
			List<Registration> registered = this.registrations.forOrganisation(organisation);
			unlinked = registered.stream()
				.filter(registration -> registration.registrant() != null && !held.contains(registration.registrant()))
				.map(Registration::id)
				.toList();
			lines.add(new Line(Outcome.DELETED, "registrant-links", unlinked.size(), null));
			if (transfer) {
				lines.add(new Line(Outcome.TRANSFERRED, "registrations", registered.size(), null));
			}
			lines.add(new Line(Outcome.KEPT, "registrations", registered.size(), reason(training.get())));
		}
		int contactsKept = contacts.size() - ending.size();
		if (contactsKept > 0) {
			lines.add(new Line(Outcome.KEPT, "contact-roles", contactsKept, "legal hold or open data-subject request"));
		}
		List<String> recipients = Stream
			.concat(pack.processors().stream().map(Processor::name),
					training.stream().flatMap(activity -> activity.recipients().stream()).map(Recipient::name))
			.toList();
		try {
			UUID closure = this.store.insert(ended, transfer, Caller.name(), this.clock.instant(), lines, recipients);
			this.events.publishEvent(new ClientContractClosedOut(organisation, ended.endedOn(), ending, unlinked));
			return get(closure);
		}
		catch (DuplicateKeyException closedMeanwhile) {
			throw new ContractNotEnded(organisation);
		}
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
		if (!this.store.told(closure, recipient, Caller.name(), this.clock.instant())) {
			throw new NotToTell(recipient);
		}
		return get(closure);
	}

	/** The close-out as a PDF: the proof the client may ask for (MEN-21). */
	@PreAuthorize("hasAuthority('retention.manage')")
	@Transactional(readOnly = true)
	public byte[] proof(UUID closure, ZoneId zone, Locale locale) {
		return this.pdfs.render("retention/contract-proof", Map.of("closure", get(closure), "zone", zone), locale);
	}

	/**
	 * The registrations made for the client, for its transfer (CSV): course, days,
	 * participant's name and status, as they are now. Each participant's export is
	 * audited.
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
			printer.printRecord("course", "title", "first_day", "last_day", "participant", "status", "registered_on");
			Map<UUID, Session> sessions = new HashMap<>();
			for (Registration registration : this.registrations.forOrganisation(closed.organisation())) {
				Session session = sessions.computeIfAbsent(registration.session(), this.sessions::get);
				String participant = this.addresses.of(registration.participant()).map(Addressee::fullName).orElse("");
				this.audit.record(AuditEvent.of(AuditAction.EXPORT, registration.participant(),
						"name and registration transferred to the client at the end of its contract"));
				printer.printRecord(SpreadsheetCells.defused(session.course().code()),
						SpreadsheetCells.defused(session.course().title()), session.firstDay(), session.lastDay(),
						SpreadsheetCells.defused(participant), registration.status(),
						LocalDate.ofInstant(registration.registeredAt(), this.clock.getZone()));
			}
		}
		catch (IOException unwritable) {
			throw new UncheckedIOException(unwritable);
		}
		return csv.toString();
	}

	/**
	 * Why the registrations stay: the training activity's basis, and the rules that end
	 * them.
	 */
	private static String reason(Activity training) {
		String rules = training.retention().stream().map(RetentionRule::toString).collect(Collectors.joining("; "));
		String basis = training.basis().name().toLowerCase(Locale.ROOT).replace('_', ' ');
		String detail = training.basisDetail() == null ? "" : " (" + training.basisDetail().in(Locale.ENGLISH) + ")";
		return (training.basis() == LegalBasis.LEGAL_OBLIGATION ? "kept by law: "
				: "kept by the training records' retention rule: ") + rules + " (" + basis + detail + ")";
	}

}
