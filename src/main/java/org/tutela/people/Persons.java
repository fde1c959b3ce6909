package org.tutela.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.identity.Caller;
import org.tutela.identity.PersonAccess;
import org.tutela.identity.Permission;
import org.tutela.people.person.CheckedPerson;
import org.tutela.people.person.ErasureMarks;
import org.tutela.people.person.CheckedPerson.CheckedIdentifier;
import org.tutela.people.person.IdentifierCandidates;
import org.tutela.people.person.PersonChecks;
import org.tutela.people.person.PersonStore;
import org.tutela.people.person.PrivacyView;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * Persons (data subjects): registration with every field checked, search, and the privacy
 * view of everything held. Every read and change is checked against the reader's need to
 * know and recorded in the audit trail. Finding and merging persons held twice is
 * {@link Duplicates}; correcting a record at the person's request is
 * {@link Rectification}.
 */
@Service
public class Persons {

	private static final String PURPOSE = "person-administration";

	private final PersonChecks checks;

	private final PersonStore store;

	private final IdentifierCandidates identifiers;

	private final PersonAccess access;

	private final AuditTrail audit;

	private final PrivacyView view;

	private final Clock clock;

	private final MailAddresses addresses;

	private final ErasureMarks erased;

	Persons(PersonChecks checks, PersonStore store, IdentifierCandidates identifiers, PersonAccess access,
			AuditTrail audit, PrivacyView view, Clock clock, MailAddresses addresses, ErasureMarks erased) {
		this.addresses = addresses;
		this.erased = erased;
		this.checks = checks;
		this.store = store;
		this.identifiers = identifiers;
		this.access = access;
		this.audit = audit;
		this.view = view;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('people.manage')")
	@Transactional
	public Person register(NewPerson person) {
		PersonId id = PersonId.random();
		this.store.insert(id, this.checks.check(person), this.clock.instant());
		this.audit.record(AuditEvent.of(AuditAction.CREATE, id, "person registered"));
		return this.store.find(id).orElseThrow();
	}

	/**
	 * A person who gives their own data on a public form (a subscription, a
	 * registration): the same checks as staff registration, no staff permission; audited
	 * as coming from the person.
	 */
	@Transactional
	public PersonId selfRegister(NewPerson person) {
		PersonId id = PersonId.random();
		this.store.insert(id, this.checks.check(person), this.clock.instant());
		this.audit.record(AuditEvent.of(AuditAction.CREATE, id, "person registered on a public form"));
		return id;
	}

	/**
	 * The same for a form that keeps what a person sends even when they may not be added
	 * again (a message to the organisation): empty when an erasure mark matches them, so
	 * that the form keeps the message without a person and tells no one of the mark.
	 */
	@Transactional
	public Optional<PersonId> selfRegisterUnlessErased(NewPerson person) {
		CheckedPerson checked = this.checks.checkFields(person);
		if (this.checks.erasureMarked(checked)) {
			return Optional.empty();
		}
		PersonId id = PersonId.random();
		this.store.insert(id, checked, this.clock.instant());
		this.audit.record(AuditEvent.of(AuditAction.CREATE, id, "person registered on a public form"));
		return Optional.of(id);
	}

	/**
	 * Records that the organisation and the person were in contact now: an answer to
	 * their message, a decision on their application. Their last contact, which a rule
	 * such as "3 years after last contact" counts from (CES-9). A person no longer held
	 * is no one to record it for.
	 */
	@Transactional
	public void contacted(PersonId person) {
		this.store.contacted(person, this.clock.instant());
	}

	/**
	 * The sender of a public form that asks a name and an e-mail address (a message, a
	 * job application), registered as {@link #selfRegisterUnlessErased} does; a detail
	 * the person's rules refuse is named on the form's own field, {@code email}.
	 */
	@Transactional
	public Optional<PersonId> senderUnlessErased(String first, String last, String email, @Nullable String language) {
		try {
			return selfRegisterUnlessErased(new NewPerson(first, null, last, null, language, null, Provenance.WEB_FORM,
					List.of(NewContact.business(email)), List.of(), List.of()));
		}
		catch (InvalidInput refused) {
			throw new InvalidInput(refused.errors()
				.stream()
				.map(error -> error.field().startsWith("emails") ? new FieldError("email", error.code()) : error)
				.toList());
		}
	}

	/**
	 * The person a registration form or an employer names: the person already known by
	 * the same e-mail address and name, with any identifier they did not have yet added;
	 * someone new otherwise, also when the identifier given differs from the one held (a
	 * shared mailbox is not one person). Every field is checked as for staff
	 * registration.
	 */
	@Transactional
	public PersonId matchOrRegister(NewPerson person) {
		CheckedPerson checked = this.checks.checkFields(person);
		Optional<Person> known = person.emailList()
			.stream()
			.findFirst()
			.flatMap(email -> this.addresses.personWith(String.valueOf(email.value())))
			.flatMap(this.store::find)
			.filter(found -> found.firstName().equalsIgnoreCase(checked.firstName())
					&& found.lastName().equalsIgnoreCase(checked.lastName()));
		if (known.isPresent()) {
			PersonId id = known.get().id();
			Map<String, String> held = new HashMap<>();
			this.store.identifierValues(id).forEach(row -> held.put(row.get("kind"), row.get("value_cipher")));
			List<CheckedIdentifier> added = checked.identifiers()
				.stream()
				.filter(identifier -> !held.containsKey(identifier.kind().name()))
				.toList();
			boolean differs = checked.identifiers()
				.stream()
				.anyMatch(identifier -> held.containsKey(identifier.kind().name())
						&& !held.get(identifier.kind().name()).equals(identifier.value()));
			if (!differs) {
				if (!added.isEmpty()) {
					this.store.addIdentifiers(id, added);
					this.audit.record(AuditEvent.of(AuditAction.UPDATE, id, "identifier added from a registration"));
				}
				return id;
			}
		}
		this.checks.refuseErased(checked);
		PersonId id = PersonId.random();
		this.store.insert(id, checked, this.clock.instant());
		this.audit.record(AuditEvent.of(AuditAction.CREATE, id, "person registered from a registration, provenance "
				+ checked.provenance().name().toLowerCase(Locale.ROOT)));
		return id;
	}

	/**
	 * The worker an employer names: with a national register number, the person already
	 * holding that number, matched on its blind index, or someone new registered with it;
	 * without one, someone new. Every field is checked as for staff registration.
	 */
	@Transactional
	public PersonId matchOrRegisterWorker(NewPerson person) {
		CheckedPerson checked = this.checks.checkFields(person);
		Optional<PersonId> known = checked.identifiers()
			.stream()
			.filter(identifier -> identifier.kind() == IdentifierKind.NATIONAL_NUMBER)
			.findFirst()
			.flatMap(identifier -> this.store.holderOf(IdentifierKind.NATIONAL_NUMBER, identifier.value()));
		if (known.isPresent()) {
			return known.get();
		}
		this.checks.refuseErased(checked);
		PersonId id = PersonId.random();
		this.store.insert(id, checked, this.clock.instant());
		this.audit
			.record(AuditEvent.of(AuditAction.CREATE, id, "person registered from an employer's order, provenance "
					+ checked.provenance().name().toLowerCase(Locale.ROOT)));
		return id;
	}

	/**
	 * Before the person is erased at their request: leaves the mark that keeps any form
	 * or import from adding them again, with their name and {@code note} only where the
	 * pack keeps those (VCK-12), otherwise a keyed hash of each e-mail address.
	 */
	@PreAuthorize("hasAuthority('requests.manage')")
	@Transactional
	public void markErased(PersonId person, boolean keepName, @Nullable String note) {
		this.erased.mark(person, keepName, note, LocalDate.now(this.clock));
		this.audit.record(AuditEvent.of(AuditAction.DELETE, person, "marked as erased at their request"));
	}

	/**
	 * An identifier in the clear, for a report the law requires (the national register
	 * number to a certifying authority, MEZ-4); the read is audited with its purpose.
	 */
	@PreAuthorize("hasAuthority('people.read')")
	@Transactional
	public Optional<String> identifier(PersonId person, IdentifierKind kind, String purpose) {
		Optional<String> value = this.store.identifierValues(person)
			.stream()
			.filter(row -> kind.name().equals(row.get("kind")))
			.map(row -> row.get("value_cipher"))
			.findFirst();
		this.audit.record(AuditEvent.read(person, purpose, "identifier." + kind.name().toLowerCase(Locale.ROOT)));
		return value;
	}

	@PreAuthorize("hasAuthority('backoffice')")
	@Transactional
	public Person get(PersonId id) {
		this.access.checkMayOpen(id);
		Person person = this.store.find(id).orElseThrow(() -> new PersonNotFound(id));
		this.audit.record(AuditEvent.read(id, PURPOSE, "first_name", "second_name", "last_name", "birth_date",
				"language", "job_function", "provenance", "contact_value", "identifier.masked"));
		return person;
	}

	/**
	 * Everything held about the person, module by module, straight from the catalogue:
	 * identifiers masked, special-category data only for readers who may see it: related
	 * to the person, and in a role the activity serving that data gives access (MEN-11).
	 */
	@PreAuthorize("hasAuthority('backoffice')")
	@Transactional
	public Map<String, List<PersonalRecord>> everythingHeld(PersonId id) {
		this.access.checkMayOpen(id);
		if (!this.store.exists(id)) {
			throw new PersonNotFound(id);
		}
		Map<String, List<PersonalRecord>> held = this.view.of(id,
				this.access.mayReadSpecialCategory(id) ? Caller.role().orElse(null) : null,
				Caller.holds(Permission.READ_ARCHIVE));
		this.audit.record(AuditEvent.read(id, "privacy-view",
				held.values()
					.stream()
					.flatMap(List::stream)
					.flatMap(record -> record.fields().keySet().stream().map(field -> record.table() + "." + field))
					.distinct()
					.toArray(String[]::new)));
		return held;
	}

	@PreAuthorize("hasAuthority('people.read')")
	@Transactional
	public Page<PersonSummary> search(PersonQuery query) {
		String identifier = query.identifier();
		Page<PersonSummary> found = this.store.search(query,
				identifier == null || identifier.isBlank() ? List.of() : this.identifiers.of(identifier));
		found.items()
			.forEach(person -> this.audit.record(
					AuditEvent.read(person.id(), "search", "first_name", "last_name", "birth_date", "contact_value")));
		return found;
	}

	/**
	 * A person's full name for a module whose own rule lets the caller see it (an
	 * employer, the worker it ordered a control for); audited with that purpose.
	 */
	@Transactional
	public String nameFor(PersonId id, String purpose) {
		Person person = this.store.find(id).orElseThrow(() -> new PersonNotFound(id));
		this.audit.record(AuditEvent.read(id, purpose, "first_name", "second_name", "last_name"));
		return person.fullName();
	}

	/**
	 * A person's record for a module whose own rule lets the caller see it (a head
	 * physician sending a worker's file on to the physician or service the law names);
	 * audited with that purpose.
	 */
	@Transactional
	public Person getFor(PersonId id, String purpose) {
		Person person = this.store.find(id).orElseThrow(() -> new PersonNotFound(id));
		this.audit.record(AuditEvent.read(id, purpose, "first_name", "second_name", "last_name", "birth_date"));
		return person;
	}

	/**
	 * Names and first addresses of these persons, for a list staff look through; each
	 * read audited with its purpose.
	 */
	@PreAuthorize("hasAuthority('people.read')")
	@Transactional
	public List<PersonSummary> summaries(List<PersonId> ids, String purpose) {
		List<PersonSummary> found = this.store.summaries(ids);
		found.forEach(person -> this.audit
			.record(AuditEvent.read(person.id(), purpose, "first_name", "last_name", "birth_date", "contact_value")));
		return found;
	}

}
