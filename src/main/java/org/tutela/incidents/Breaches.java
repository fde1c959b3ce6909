package org.tutela.incidents;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.identity.Caller;
import org.tutela.incidents.BreachSubmission.Phase;
import org.tutela.incidents.breach.AuthorityForms;
import org.tutela.incidents.breach.BreachChecks;
import org.tutela.incidents.breach.BreachClocks;
import org.tutela.incidents.breach.BreachStore;
import org.tutela.incidents.breach.CheckedBreach;
import org.tutela.people.Organisations;
import org.tutela.platform.pdf.PdfDocuments;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;

/**
 * The register of personal-data breaches (GDPR Art. 33(5)), kept by the data protection
 * officer alone: every incident, notified or not, with its clocks from the active pack
 * (MEN-23, CER-12, ALL-4), the submissions to the authority and the clients contacted.
 * Every reading and change is in the audit trail. The register describes breaches; it
 * names none of the persons affected.
 */
@Service
public class Breaches {

	private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** The register's columns, as the audit trail names the ones a change touched. */
	private static final Map<String, Function<Breach, @Nullable Object>> FIELDS = Map.ofEntries(
			Map.entry("title", Breach::title), Map.entry("what_happened", Breach::whatHappened),
			Map.entry("began_at", Breach::beganAt), Map.entry("discovered_at", Breach::discoveredAt),
			Map.entry("data_categories", Breach::dataCategories),
			Map.entry("person_categories", Breach::personCategories), Map.entry("persons_approx", Breach::persons),
			Map.entry("records_approx", Breach::records), Map.entry("consequences", Breach::consequences),
			Map.entry("measures_taken", Breach::measuresTaken), Map.entry("measures_planned", Breach::measuresPlanned),
			Map.entry("risk", Breach::risk), Map.entry("risk_reasoning", Breach::reasoning));

	private final BreachStore store;

	private final BreachChecks checks;

	private final BreachClocks clocks;

	private final AuthorityForms forms;

	private final PdfDocuments pdfs;

	private final Organisations organisations;

	private final AuditTrail audit;

	private final Clock clock;

	Breaches(BreachStore store, BreachChecks checks, BreachClocks clocks, AuthorityForms forms, PdfDocuments pdfs,
			Organisations organisations, AuditTrail audit, Clock clock) {
		this.store = store;
		this.checks = checks;
		this.clocks = clocks;
		this.forms = forms;
		this.pdfs = pdfs;
		this.organisations = organisations;
		this.audit = audit;
		this.clock = clock;
	}

	/** The whole register, the last discovered first. */
	@PreAuthorize("hasAuthority('breaches.manage')")
	@Transactional
	public List<Breach> register() {
		this.audit.record(AuditEvent.of(AuditAction.READ, null, "breach register"));
		return this.store.all();
	}

	/** Whether the signed-in account keeps the register: else refused. */
	@PreAuthorize("hasAuthority('breaches.manage')")
	public void checkKeeping() {
		// The permission is the whole check.
	}

	/**
	 * The breaches with a clock running, for the dashboard: counts and references only.
	 */
	@PreAuthorize("hasAuthority('breaches.manage')")
	@Transactional(readOnly = true)
	public List<Breach> withOpenClocks() {
		return this.store.withOpenClocks();
	}

	@PreAuthorize("hasAuthority('breaches.manage')")
	@Transactional
	public Breach open(UUID id) {
		Breach breach = this.store.find(id).orElseThrow(BreachNotFound::new);
		this.audit.record(AuditEvent.of(AuditAction.READ, null, "breach " + breach.reference()));
		return breach;
	}

	/**
	 * A breach with its notification to the authority, the items in the order of the
	 * online form of the controller's country (Art. 33(3)).
	 */
	@PreAuthorize("hasAuthority('breaches.manage')")
	@Transactional
	public AuthorityNotification notification(UUID id, Locale locale) {
		return this.forms.of(open(id), locale);
	}

	/** The breach's file as a PDF: the notification's items and the submissions made. */
	@PreAuthorize("hasAuthority('breaches.manage')")
	@Transactional
	public byte[] file(UUID id, Locale locale) {
		AuthorityNotification notification = this.forms.of(this.store.find(id).orElseThrow(BreachNotFound::new),
				locale);
		this.audit.record(
				AuditEvent.of(AuditAction.READ, null, "breach " + notification.breach().reference() + " file printed"));
		return this.pdfs.render("incidents/breach-pdf",
				Map.of("notification", notification, "printed", this.clock.instant()), locale);
	}

	/** Records a breach once every field keeps its rule; a refused one leaves nothing. */
	@PreAuthorize("hasAuthority('breaches.manage')")
	@Transactional
	public Breach record(BreachForm form) {
		CheckedBreach checked = this.checks.check(form);
		UUID id = UUID.randomUUID();
		String reference = reference();
		this.store.insert(id, reference, checked, Caller.name(), this.clock.instant());
		this.audit.record(AuditEvent.of(AuditAction.CREATE, null,
				"breach " + reference + " recorded, assessed " + checked.risk().name().toLowerCase(Locale.ROOT)));
		return this.store.find(id).orElseThrow();
	}

	/** Changes a breach; the trail names the fields that changed. */
	@PreAuthorize("hasAuthority('breaches.manage')")
	@Transactional
	public Breach change(UUID id, BreachForm form) {
		Breach before = this.store.find(id).orElseThrow(BreachNotFound::new);
		CheckedBreach checked = this.checks.check(form);
		this.store.change(id, checked, Caller.name(), this.clock.instant());
		Breach after = this.store.find(id).orElseThrow();
		Set<String> changed = changed(before, after);
		this.audit.record(new AuditEvent(AuditAction.UPDATE, null, null, null, changed, "breach " + before.reference()
				+ " changed"
				+ (before.risk() == after.risk() ? "" : ", assessed " + after.risk().name().toLowerCase(Locale.ROOT))));
		return after;
	}

	/**
	 * Records a notification sent to the authority: first the initial one, which stops
	 * the authority's clock, then complements (Art. 33(4)).
	 */
	@PreAuthorize("hasAuthority('breaches.manage')")
	@Transactional
	public Breach submitted(UUID id, @Nullable String phase, @Nullable String submittedAt, @Nullable String reference) {
		Breach breach = this.store.find(id).orElseThrow(BreachNotFound::new);
		List<FieldError> errors = new ArrayList<>();
		Phase kind = breach.notified() ? Phase.COMPLEMENT : Phase.INITIAL;
		if (phase != null && !phase.equals(kind.name())) {
			errors.add(new FieldError("phase", breach.notified() ? "breach.initial-sent" : "breach.initial-first"));
		}
		Instant at = after(breach, "submittedAt", submittedAt, errors);
		String authority = reference == null || reference.isBlank() ? null
				: BreachChecks.required("authorityReference", reference, TextRule.LINE, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		this.store.submit(id, kind, at, authority, Caller.name(), this.clock.instant());
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, null, "breach " + breach.reference() + " "
				+ kind.name().toLowerCase(Locale.ROOT) + " notification to the authority"));
		return this.store.find(id).orElseThrow();
	}

	/**
	 * Records when the client organisations were contacted to decide together (MEN-23),
	 * which stops their clock; only where the pack has that clock.
	 */
	@PreAuthorize("hasAuthority('breaches.manage')")
	@Transactional
	public Breach clientsContacted(UUID id, @Nullable String contactedAt) {
		Breach breach = this.store.find(id).orElseThrow(BreachNotFound::new);
		List<FieldError> errors = new ArrayList<>();
		if (!this.clocks.clientsClock()) {
			errors.add(new FieldError("contactedAt", "breach.no-clients-clock"));
		}
		else if (breach.clientsContactedAt() != null) {
			errors.add(new FieldError("contactedAt", "breach.clients-contacted"));
		}
		Instant at = after(breach, "contactedAt", contactedAt, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		this.store.clientsContacted(id, at);
		this.audit
			.record(AuditEvent.of(AuditAction.UPDATE, null, "breach " + breach.reference() + " clients contacted"));
		return this.store.find(id).orElseThrow();
	}

	/** The client organisations a breach concerns, with when each was told. */
	@PreAuthorize("hasAuthority('breaches.manage')")
	@Transactional(readOnly = true)
	public List<BreachClient> clients(UUID id) {
		return this.store.clients(id);
	}

	/**
	 * Lists a client organisation whose workers the breach concerns, chosen among the
	 * organisations known; only where the pack has clients told.
	 */
	@PreAuthorize("hasAuthority('breaches.manage')")
	@Transactional
	public void listClient(UUID id, @Nullable UUID organisation) {
		Breach breach = this.store.find(id).orElseThrow(BreachNotFound::new);
		String name = organisation == null ? null : this.organisations.name(organisation).orElse(null);
		String problem = !this.clocks.clientsClock() ? "breach.no-clients-clock"
				: name == null ? "breach.unknown-organisation" : null;
		if (problem == null && !this.store.listClient(id, organisation, name, Caller.name(), this.clock.instant())) {
			problem = "breach.client-listed";
		}
		if (problem != null) {
			throw new InvalidInput(List.of(new FieldError("organisation", problem)));
		}
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, null,
				"breach " + breach.reference() + " concerns a client organisation"));
	}

	/** Records when a listed client organisation was told of the breach (MEN-23). */
	@PreAuthorize("hasAuthority('breaches.manage')")
	@Transactional
	public void clientTold(UUID id, @Nullable UUID organisation, @Nullable String toldAt) {
		Breach breach = this.store.find(id).orElseThrow(BreachNotFound::new);
		List<FieldError> errors = new ArrayList<>();
		Instant at = after(breach, "toldAt", toldAt, errors);
		BreachClient client = this.store.clients(id)
			.stream()
			.filter(listed -> listed.organisation().equals(organisation))
			.findFirst()
			.orElse(null);
		if (client == null) {
			errors.add(new FieldError("toldAt", "breach.unknown-organisation"));
		}
		else if (client.toldAt() != null) {
			errors.add(new FieldError("toldAt", "breach.client-told"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		this.store.clientTold(id, client.organisation(), at, Caller.name());
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, null,
				"breach " + breach.reference() + " told to a client organisation"));
	}

	/** Whether the pack has client organisations contacted (a prevention service's). */
	public boolean clientsClock() {
		return this.clocks.clientsClock();
	}

	private Instant after(Breach breach, String field, @Nullable String typed, List<FieldError> errors) {
		Instant at = this.checks.pastMoment(field, typed, errors);
		if (at == null && errors.stream().noneMatch(error -> error.field().equals(field))) {
			errors.add(new FieldError(field, "required"));
		}
		if (at != null && at.isBefore(breach.discoveredAt())) {
			errors.add(new FieldError(field, "breach.before-discovery"));
		}
		return at == null ? Instant.EPOCH : at;
	}

	private static Set<String> changed(Breach before, Breach after) {
		Set<String> changed = new TreeSet<>();
		FIELDS.forEach((field, value) -> {
			if (!Objects.equals(value.apply(before), value.apply(after))) {
				changed.add(field);
			}
		});
		return changed;
	}

	private String reference() {
		StringBuilder reference = new StringBuilder("BR-").append(LocalDate.now(this.clock).getYear()).append('-');
		for (int i = 0; i < 4; i++) {
			reference.append(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
		}
		return reference.toString();
	}

}
