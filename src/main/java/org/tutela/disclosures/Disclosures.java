package org.tutela.disclosures;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.disclosures.log.DisclosureLog;
import org.tutela.identity.Caller;
import org.tutela.people.PersonStatus;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.register.Activity;
import org.tutela.register.PurposeGuard;
import org.tutela.register.Recipient;
import org.tutela.register.Register;

/**
 * The disclosure log: every disclosure to an external recipient is recorded with its
 * recipient, basis, categories, persons, time and actor. Only what the register allows is
 * recorded: the recipient must be one the activity names, the categories ones it
 * processes, and the purpose guard must allow the activity for every person (ALL-3). Each
 * person's disclosure is audited.
 */
@Service
public class Disclosures {

	/**
	 * More persons than this go out in several disclosures, so that one request stays
	 * small.
	 */
	public static final int MAX_PERSONS = 10_000;

	private final Register register;

	private final PurposeGuard guard;

	private final DisclosureLog log;

	private final AuditTrail audit;

	private final Clock clock;

	private final PersonStatus people;

	Disclosures(Register register, PurposeGuard guard, DisclosureLog log, AuditTrail audit, Clock clock,
			PersonStatus people) {
		this.register = register;
		this.people = people;
		this.guard = guard;
		this.log = log;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('disclosures.record')")
	@Transactional
	public Disclosure record(NewDisclosure disclosure) {
		return store(disclosure, Caller.name());
	}

	/**
	 * A disclosure Tutela makes by itself, as the pack allows: study results shown to the
	 * employer who registered a participant (SKI-4). The same checks as {@link #record};
	 * the log names the system as the one who disclosed.
	 */
	@Transactional
	public Disclosure recordAutomatic(NewDisclosure disclosure) {
		return store(disclosure, "system");
	}

	/**
	 * A disclosure a member of staff makes through another module's service, which checks
	 * their own permission for it: a physician issuing a report to the employer who asked
	 * for the examination. The same checks as {@link #record}; the log names the member
	 * of staff as the one who disclosed, not the system.
	 */
	@PreAuthorize("hasAuthority('backoffice')")
	@Transactional
	public Disclosure recordOnBehalf(NewDisclosure disclosure) {
		return store(disclosure, Caller.name());
	}

	private Disclosure store(NewDisclosure disclosure, String actor) {
		List<FieldError> errors = new ArrayList<>();
		Optional<Activity> activity = disclosure.activity() == null ? Optional.empty()
				: this.register.pack().activity(disclosure.activity());
		if (activity.isEmpty()) {
			errors.add(new FieldError("activity", disclosure.activity() == null ? "required" : "disclosure.activity"));
		}
		if (disclosure.recipient() == null || disclosure.recipient().isBlank()) {
			errors.add(new FieldError("recipient", "required"));
		}
		Set<DataCategory> categories = categories(disclosure.categories(), activity, errors);
		List<PersonId> persons = disclosure.persons() == null ? List.of()
				: List.copyOf(new LinkedHashSet<>(disclosure.persons()));
		if (persons.isEmpty()) {
			errors.add(new FieldError("persons", "required"));
		}
		else if (persons.size() > MAX_PERSONS) {
			errors.add(new FieldError("persons", "disclosure.too-many"));
		}
		else {
			for (int i = 0; i < persons.size(); i++) {
				if (!this.people.exists(persons.get(i))) {
					errors.add(new FieldError("persons[" + i + "]", "disclosure.person"));
				}
			}
		}
		if (disclosure.reference() != null && disclosure.reference().length() > 100) {
			errors.add(new FieldError("reference", "too-long"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		Activity registered = activity.orElseThrow();
		Recipient recipient = registered.recipients()
			.stream()
			.filter(named -> named.name().equalsIgnoreCase(disclosure.recipient().strip()))
			.findFirst()
			.orElseThrow(() -> new RecipientNotInRegister(disclosure.recipient().strip(), registered.id()));
		for (PersonId person : persons) {
			this.guard.require(person, registered.id());
		}
		Disclosure recorded = new Disclosure(UUID.randomUUID(), registered.id(), recipient.name(), recipient.type(),
				registered.basis(), categories, persons, disclosure.reference(), this.clock.instant(), actor);
		this.log.add(recorded);
		String detail = "to " + recipient.type().name().toLowerCase(Locale.ROOT) + " " + recorded.id();
		for (PersonId person : persons) {
			this.audit.record(new AuditEvent(AuditAction.DISCLOSE, person, null, registered.id(),
					categories.stream().map(DataCategory::name).collect(Collectors.toSet()), detail));
		}
		return recorded;
	}

	/** The newest disclosures first, for the DPO. */
	@PreAuthorize("hasAuthority('audit.read')")
	public List<Disclosure> latest(int page, int size) {
		return this.log.latest(Math.max(page, 0) * size, size);
	}

	/** To whom this person's data was given (GDPR Art. 15(1)(c), Art. 19). */
	@PreAuthorize("hasAuthority('audit.read')")
	public List<Disclosure> about(PersonId person) {
		return this.log.about(person);
	}

	private static Set<DataCategory> categories(List<String> names, Optional<Activity> activity,
			List<FieldError> errors) {
		Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
		if (names == null || names.isEmpty()) {
			errors.add(new FieldError("categories", "required"));
			return categories;
		}
		for (int i = 0; i < names.size(); i++) {
			DataCategory category = category(names.get(i));
			if (category == null || activity.isPresent() && !activity.get().categories().contains(category)) {
				errors.add(new FieldError("categories[" + i + "]", "disclosure.category"));
			}
			else {
				categories.add(category);
			}
		}
		return categories;
	}

	private static DataCategory category(String name) {
		try {
			return name == null ? null : DataCategory.valueOf(name.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

}
