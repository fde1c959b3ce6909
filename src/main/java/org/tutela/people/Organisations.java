package org.tutela.people;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.people.identifier.EnterpriseNumber;
import org.tutela.people.identifier.InvalidValue;
import org.tutela.people.organisation.OrganisationChecks;
import org.tutela.people.organisation.OrganisationStore;
import org.tutela.people.person.PersonStore;
import org.tutela.personaldata.PersonId;

/** Organisations (clients, members) and their contact persons. */
@Service
public class Organisations {

	private final OrganisationChecks checks;

	private final OrganisationStore store;

	private final PersonStore persons;

	private final AuditTrail audit;

	private final Clock clock;

	Organisations(OrganisationChecks checks, OrganisationStore store, PersonStore persons, AuditTrail audit,
			Clock clock) {
		this.checks = checks;
		this.store = store;
		this.persons = persons;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('people.manage')")
	@Transactional
	public Organisation add(NewOrganisation organisation) {
		UUID id = UUID.randomUUID();
		this.store.insert(id, this.checks.check(organisation), this.clock.instant());
		this.audit.record(AuditEvent.of(AuditAction.CREATE, null, "organisation " + id + " added"));
		return this.store.find(id).orElseThrow();
	}

	/**
	 * Every field of the organisation as given, checked as a new one would be; its
	 * contact persons stay.
	 */
	@PreAuthorize("hasAuthority('people.manage')")
	@Transactional
	public Organisation change(UUID id, NewOrganisation organisation) {
		if (this.store.name(id).isEmpty()) {
			throw new OrganisationNotFound(id);
		}
		this.store.update(id, this.checks.check(organisation));
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, null, "organisation " + id + " changed"));
		return this.store.find(id).orElseThrow();
	}

	/**
	 * The organisation with the names of its contact persons; each contact's name read is
	 * audited.
	 */
	@PreAuthorize("hasAuthority('people.read')")
	@Transactional
	public Organisation get(UUID id) {
		Organisation organisation = this.store.find(id).orElseThrow(() -> new OrganisationNotFound(id));
		organisation.contacts()
			.forEach(contact -> this.audit.record(AuditEvent.read(contact.person(), "client-administration",
					"first_name", "last_name", "contact_role")));
		return organisation;
	}

	/**
	 * The organisation's own fields, without its contact persons: no person's data is
	 * read, so nothing is audited.
	 */
	@PreAuthorize("hasAuthority('people.read')")
	@Transactional(readOnly = true)
	public Organisation withoutContacts(UUID id) {
		return this.store.withoutContacts(id).orElseThrow(() -> new OrganisationNotFound(id));
	}

	/**
	 * The organisation's name alone, for a person's own overview of their data, which
	 * anyone holding its link reads: a name is what the person knows the organisation by,
	 * and no contact of it is read, so no permission is asked and nothing is audited.
	 */
	@Transactional(readOnly = true)
	public Optional<String> name(UUID id) {
		return this.store.name(id);
	}

	@PreAuthorize("hasAuthority('people.read')")
	@Transactional(readOnly = true)
	public Page<Organisation> search(String name, int page, int size) {
		int bounded = size <= 0 ? 25 : Math.min(size, PersonQuery.MAX_SIZE);
		return this.store.search(name, Math.max(page, 0), bounded);
	}

	/**
	 * The organisations Tutela serves today: clients with a running contract, and
	 * members; those to tell of a fundamental change of the privacy policy (MEN-1,
	 * VCK-13). Without contacts.
	 */
	@PreAuthorize("hasAnyAuthority('people.read', 'medical-files.read')")
	@Transactional(readOnly = true)
	public List<Organisation> current() {
		return this.store.current(LocalDate.now(this.clock));
	}

	/**
	 * The organisations that were members on some day of the year, by name, without
	 * contacts: those whose fee for it is due.
	 */
	@PreAuthorize("hasAuthority('people.read')")
	@Transactional(readOnly = true)
	public List<Organisation> membersIn(Year year) {
		return this.store.membersBetween(year.atDay(1), year.atMonth(12).atEndOfMonth());
	}

	/**
	 * The organisation's membership ended after {@code lastDay}: it is a former member
	 * from the next day. For the members module's daily job, which acts for no one signed
	 * in and reads no person: no permission is asked; the change is audited.
	 */
	@Transactional
	public void membershipEnded(UUID id, LocalDate lastDay) {
		if (this.store.membershipEnded(id, lastDay)) {
			this.audit.record(AuditEvent.of(AuditAction.UPDATE, null, "organisation " + id + " a former member"));
		}
	}

	/**
	 * Clients, not members, whose contract ended before today, for the end-of-contract
	 * desk (MEN-21).
	 */
	@PreAuthorize("hasAnyAuthority('people.read', 'retention.manage')")
	@Transactional(readOnly = true)
	public List<Organisation> contractsEnded() {
		return this.store.contractsEndedBefore(LocalDate.now(this.clock));
	}

	/**
	 * The persons who hold a contact role at the organisation: at the end of its
	 * contract, those whose roles end unless a hold keeps them (MEN-21, CER-10).
	 */
	@PreAuthorize("hasAnyAuthority('people.read', 'retention.manage')")
	@Transactional(readOnly = true)
	public List<PersonId> contactPersons(UUID organisation) {
		if (this.store.find(organisation).isEmpty()) {
			throw new OrganisationNotFound(organisation);
		}
		return this.store.contactPersons(organisation);
	}

	/**
	 * The organisations a person may register employees for: those they are the HR
	 * contact of. For the portal, where the person is the one signed in.
	 */
	@PreAuthorize("hasAuthority('portal')")
	@Transactional(readOnly = true)
	public List<Organisation> representedBy(PersonId person) {
		return this.store.withContact(person, ContactRole.HR);
	}

	/**
	 * The organisations the person is a contact of, in any role, by name: for filing what
	 * they send (a contact message) with their organisation's file (CES-5). Nothing of
	 * the organisations is shown to the sender, so no permission is asked.
	 */
	@Transactional(readOnly = true)
	public List<UUID> ofContact(PersonId person) {
		return java.util.Arrays.stream(ContactRole.values())
			.flatMap(role -> this.store.withContact(person, role).stream())
			.map(Organisation::id)
			.distinct()
			.toList();
	}

	/**
	 * The organisation holding this enterprise number (digits, dots or the country prefix
	 * as typed), for a membership application that names one already known.
	 */
	@PreAuthorize("hasAuthority('people.manage')")
	@Transactional(readOnly = true)
	public Optional<UUID> withEnterpriseNumber(String number) {
		try {
			return this.store.idByEnterpriseNumber(EnterpriseNumber.parse(number).digits());
		}
		catch (InvalidValue unreadable) {
			return Optional.empty();
		}
	}

	@PreAuthorize("hasAuthority('people.manage')")
	@Transactional
	public Organisation addContact(UUID organisation, PersonId person, ContactRole role) {
		if (this.store.find(organisation).isEmpty()) {
			throw new OrganisationNotFound(organisation);
		}
		if (!this.persons.exists(person)) {
			throw new PersonNotFound(person);
		}
		if (this.store.addContact(organisation, person, role)) {
			this.audit
				.record(AuditEvent.of(AuditAction.UPDATE, person, "contact role " + role + " at an organisation"));
		}
		return get(organisation);
	}

	/**
	 * Ends a person's role at an organisation, as when an HR contact leaves it: from then
	 * on the organisation's pages and the portal no longer treat them as its contact.
	 */
	@PreAuthorize("hasAuthority('people.manage')")
	@Transactional
	public Organisation removeContact(UUID organisation, PersonId person, ContactRole role) {
		if (this.store.find(organisation).isEmpty()) {
			throw new OrganisationNotFound(organisation);
		}
		if (this.store.removeContact(organisation, person, role)) {
			this.audit.record(
					AuditEvent.of(AuditAction.UPDATE, person, "contact role " + role + " at an organisation ended"));
		}
		return get(organisation);
	}

}
