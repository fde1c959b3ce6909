package org.tutela.billing;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.billing.party.PartyChecks;
import org.tutela.billing.party.PartyStore;
import org.tutela.identity.Caller;
import org.tutela.people.Organisations;
import org.tutela.people.Persons;
import org.tutela.personaldata.PersonId;

/**
 * The parties invoiced, as billing keeps them beside the people module's records: a
 * client organisation's billing details, and where a private person who pays for
 * themselves receives invoices. Every reading and change is in the audit trail; a change
 * that breaks a rule is refused with each field named, and nothing is kept.
 */
@Service
public class Parties {

	/** The purpose billing keeps its data for, which the pack maps to its activities. */
	public static final String PURPOSE = "billing";

	private static final Set<String> CLIENT_FIELDS = Set.of("payment_method", "peppol_scheme", "peppol_value",
			"vat_number", "buyer_reference", "order_reference", "invoice_email", "language", "kmo_project");

	private static final Set<String> PRIVATE_FIELDS = Set.of("street", "postcode", "city", "country", "email");

	private final PartyStore store;

	private final PartyChecks checks;

	private final Organisations organisations;

	private final Persons persons;

	private final AuditTrail audit;

	private final Clock clock;

	Parties(PartyStore store, PartyChecks checks, Organisations organisations, Persons persons, AuditTrail audit,
			Clock clock) {
		this.store = store;
		this.checks = checks;
		this.organisations = organisations;
		this.persons = persons;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The organisation's billing details; until finance records them, those of a new
	 * client.
	 */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public BillingDetails of(UUID organisation) {
		this.organisations.withoutContacts(organisation);
		this.audit.record(new AuditEvent(AuditAction.READ, null, null, PURPOSE, CLIENT_FIELDS,
				"billing details of organisation " + organisation));
		return this.store.details(organisation).orElse(BillingDetails.NEW_CLIENT);
	}

	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public BillingDetails record(UUID organisation, BillingDetails details) {
		this.organisations.withoutContacts(organisation);
		BillingDetails checked = this.checks.check(details);
		this.store.save(organisation, checked, Caller.name(), this.clock.instant());
		this.audit.record(new AuditEvent(AuditAction.UPDATE, null, null, PURPOSE, CLIENT_FIELDS,
				"billing details of organisation " + organisation));
		return checked;
	}

	/**
	 * Where the private person receives invoices; empty fields until finance records
	 * them.
	 */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public PrivateBillingDetails of(PersonId person) {
		this.persons.nameFor(person, PURPOSE);
		this.audit.record(new AuditEvent(AuditAction.READ, person, null, PURPOSE, PRIVATE_FIELDS, null));
		return this.store.details(person).orElse(new PrivateBillingDetails(null, null, null, null, null));
	}

	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public PrivateBillingDetails record(PersonId person, PrivateBillingDetails details) {
		this.persons.nameFor(person, PURPOSE);
		PrivateBillingDetails checked = this.checks.check(details);
		this.store.save(person, checked, Caller.name(), this.clock.instant());
		this.audit.record(new AuditEvent(AuditAction.UPDATE, person, null, PURPOSE, PRIVATE_FIELDS, "billing details"));
		return checked;
	}

}
