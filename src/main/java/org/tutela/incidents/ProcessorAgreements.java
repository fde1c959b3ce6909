package org.tutela.incidents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.identity.Caller;
import org.tutela.incidents.ProcessorStanding.State;
import org.tutela.incidents.processor.CheckedAgreement;
import org.tutela.incidents.processor.CountryNames;
import org.tutela.incidents.processor.ProcessorAgreementStore;
import org.tutela.platform.pdf.PdfDocuments;
import org.tutela.register.Processor;
import org.tutela.register.Register;

/**
 * The agreements with the processors the pack names (Art. 28(3); MEN-13, CER-8, CES-10,
 * VCK-8), kept by the data protection officer: signed and review dates, the signed
 * document (encrypted), where the data is stored, sub-processors and transfer safeguards.
 * The register lists the processors without an agreement or overdue for review first; the
 * overview a client may ask for (MEN-12) is printed from these records. Every reading and
 * change is in the audit trail.
 */
@Service
public class ProcessorAgreements {

	private static final String OVERVIEW = "processors overview printed";

	private final Register register;

	private final ProcessorAgreementStore store;

	private final AgreementChecks checks;

	private final PdfDocuments pdfs;

	private final AuditTrail audit;

	private final Clock clock;

	ProcessorAgreements(Register register, ProcessorAgreementStore store, AgreementChecks checks, PdfDocuments pdfs,
			AuditTrail audit, Clock clock) {
		this.register = register;
		this.store = store;
		this.checks = checks;
		this.pdfs = pdfs;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Every processor the pack names with its standing: agreement missing, then review
	 * overdue, then in order; by name within each.
	 */
	@PreAuthorize("hasAuthority('processors.manage')")
	@Transactional
	public List<ProcessorStanding> register() {
		this.audit.record(AuditEvent.of(AuditAction.READ, null, "processor agreements"));
		return standings();
	}

	/** The processors needing the officer, for the dashboard: names and states only. */
	@PreAuthorize("hasAuthority('processors.manage')")
	@Transactional(readOnly = true)
	public List<ProcessorStanding> needingAttention() {
		return standings().stream().filter(ProcessorStanding::needsAttention).toList();
	}

	@PreAuthorize("hasAuthority('processors.manage')")
	@Transactional
	public ProcessorStanding open(String key) {
		ProcessorStanding standing = standing(key);
		this.audit.record(AuditEvent.of(AuditAction.READ, null, "processor agreement " + standing.processor().name()));
		return standing;
	}

	/**
	 * Records the agreement with a processor, or changes it; the document is required the
	 * first time and replaced when a new one is given. Nothing is stored when a rule is
	 * broken.
	 */
	@PreAuthorize("hasAuthority('processors.manage')")
	@Transactional
	public ProcessorStanding record(String key, AgreementForm form, @Nullable AgreementDocument document) {
		Processor processor = standing(key).processor();
		boolean exists = this.store.exists(processor.name());
		CheckedAgreement checked = this.checks.agreement(processor, form, document, !exists,
				refusesStorageOutsideEea());
		Set<String> fields = document == null
				? Set.of("signed_on", "review_on", "storage_country", "safeguard", "safeguard_on")
				: Set.of("signed_on", "review_on", "storage_country", "safeguard", "safeguard_on", "document");
		if (exists) {
			this.store.change(checked, document, Caller.name(), this.clock.instant());
		}
		else {
			this.store.insert(checked, Objects.requireNonNull(document), Caller.name(), this.clock.instant());
		}
		this.audit.record(new AuditEvent(exists ? AuditAction.UPDATE : AuditAction.CREATE, null, null, null, fields,
				"processor agreement " + processor.name()));
		return standing(key);
	}

	/** Adds a sub-processor under a recorded agreement. */
	@PreAuthorize("hasAuthority('processors.manage')")
	@Transactional
	public ProcessorStanding addSubProcessor(String key, SubProcessorForm form) {
		Processor processor = recorded(key);
		SubProcessor subProcessor = this.checks.subProcessor(form, refusesStorageOutsideEea());
		this.store.insert(processor.name(), subProcessor, Caller.name(), this.clock.instant());
		this.audit.record(new AuditEvent(AuditAction.CREATE, null, null, null,
				Set.of("name", "service", "country", "processes", "stores", "safeguard", "safeguard_on"),
				"sub-processor " + subProcessor.name() + " of " + processor.name()));
		return standing(key);
	}

	@PreAuthorize("hasAuthority('processors.manage')")
	@Transactional
	public void removeSubProcessor(String key, UUID id) {
		Processor processor = recorded(key);
		if (!this.store.removeSubProcessor(processor.name(), id)) {
			throw new ProcessorNotFound();
		}
		this.audit.record(AuditEvent.of(AuditAction.DELETE, null, "sub-processor of " + processor.name()));
	}

	/** The signed agreement, decrypted; each download audited. */
	@PreAuthorize("hasAuthority('processors.manage')")
	@Transactional
	public AgreementDocument document(String key) {
		Processor processor = standing(key).processor();
		AgreementDocument document = this.store.document(processor.name()).orElseThrow(ProcessorNotFound::new);
		this.audit.record(new AuditEvent(AuditAction.READ, null, null, null, Set.of("document"),
				"processor agreement " + processor.name() + " document"));
		return document;
	}

	/**
	 * The overview of the processors a client may ask for (MEN-12, MEN-13): each with its
	 * service, where it processes and stores the data, its sub-processors and transfer
	 * safeguards, and plainly which have no agreement yet.
	 */
	@PreAuthorize("hasAuthority('processors.manage')")
	@Transactional
	public byte[] overview(Locale locale) {
		return printed(locale);
	}

	/** The same overview, downloaded by a client's contact from the portal. */
	@PreAuthorize("hasAuthority('processors.overview')")
	@Transactional
	public byte[] overviewForClients(Locale locale) {
		return printed(locale);
	}

	/** Whether the policy promises that no data is stored outside the EEA (CER-8). */
	public boolean refusesStorageOutsideEea() {
		return this.register.pack().refusesStorageOutsideEea();
	}

	private byte[] printed(Locale locale) {
		this.audit.record(AuditEvent.of(AuditAction.READ, null, OVERVIEW));
		return this.pdfs.render("incidents/processors-pdf",
				Map.of("standings", standings(), "controller", this.register.pack().controllers().get(0).name(),
						"countries", CountryNames.in(locale), "printed", this.clock.instant()),
				locale);
	}

	private List<ProcessorStanding> standings() {
		Map<String, ProcessorAgreement> agreements = this.store.all();
		LocalDate today = LocalDate.now(this.clock);
		return this.register.pack()
			.processors()
			.stream()
			.map(processor -> standing(processor, agreements.get(processor.name()), today))
			.sorted(Comparator.comparing(ProcessorStanding::state)
				.thenComparing(standing -> standing.processor().name()))
			.toList();
	}

	private ProcessorStanding standing(String key) {
		return standings().stream()
			.filter(standing -> standing.key().equals(key))
			.findFirst()
			.orElseThrow(ProcessorNotFound::new);
	}

	private Processor recorded(String key) {
		ProcessorStanding standing = standing(key);
		if (standing.agreement() == null) {
			throw new ProcessorNotFound();
		}
		return standing.processor();
	}

	private static ProcessorStanding standing(Processor processor, @Nullable ProcessorAgreement agreement,
			LocalDate today) {
		State state = agreement == null ? State.MISSING
				: agreement.reviewOverdue(today) ? State.REVIEW_OVERDUE : State.IN_ORDER;
		return new ProcessorStanding(ProcessorStanding.keyOf(processor), processor, agreement, state);
	}

}
