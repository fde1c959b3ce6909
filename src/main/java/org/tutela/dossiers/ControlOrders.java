package org.tutela.dossiers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.dossiers.inspection.CheckedOrder;
import org.tutela.dossiers.inspection.ControlStore;
import org.tutela.dossiers.inspection.NewControl;
import org.tutela.dossiers.inspection.OrderChecks;
import org.tutela.identity.Caller;
import org.tutela.people.IdentifierKind;
import org.tutela.people.MailAddresses;
import org.tutela.people.NewIdentifier;
import org.tutela.people.NewPerson;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.crypto.KeyedHash;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.register.Activity;

/**
 * An employer's HR contact orders a control for an absent worker, from the portal or the
 * API. Every field is checked first; only then, in one transaction, the worker is found
 * or registered, the order stored with each confidential value encrypted, and the
 * creation audited. A refused order leaves nothing behind.
 */
@Service
public class ControlOrders {

	private final AbsenteeismControls controls;

	private final ControlStore store;

	private final Persons persons;

	private final Organisations organisations;

	private final MailAddresses addresses;

	private final KeyedHash keyedHash;

	private final AuditTrail audit;

	private final Clock clock;

	ControlOrders(AbsenteeismControls controls, ControlStore store, Persons persons, Organisations organisations,
			MailAddresses addresses, KeyedHash keyedHash, AuditTrail audit, Clock clock) {
		this.controls = controls;
		this.store = store;
		this.persons = persons;
		this.organisations = organisations;
		this.addresses = addresses;
		this.keyedHash = keyedHash;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Stores the order once every rule holds; a second order for a worker whose control
	 * by the same employer is still under way is refused.
	 */
	@PreAuthorize("hasAuthority('controls.order')")
	@Transactional
	public ControlSummary order(ControlOrder order, Channel channel) {
		Activity activity = this.controls.activity();
		Optional<PersonId> contact = this.addresses.signedIn();
		CheckedOrder checked = OrderChecks.check(order, represented(contact), today());
		String number = checked.canonicalEmployeeNumber();
		String numberIndex = number == null ? null : this.keyedHash
			.hash("dossiers.employee-number." + checked.organisation() + "." + checked.numberKind().name(), number);
		PersonId worker = worker(checked, numberIndex);
		this.store.openFor(worker, checked.organisation()).stream().findFirst().ifPresent(open -> {
			throw new ControlAlreadyOrdered(open.reference());
		});
		UUID id = UUID.randomUUID();
		String reference = FileReference.next("AC-");
		this.store.insert(new NewControl(id, reference, worker, checked.organisation(), contact.orElse(null), channel,
				this.clock.instant(), Caller.name(), checked.numberKind(), checked.employeeNumber(), numberIndex,
				checked.stay(), checked.incapacity(), checked.attendingDoctor()));
		this.audit.record(new AuditEvent(AuditAction.CREATE, worker, null, activity.id(),
				Set.of("employee_number", "stay", "incapacity", "attending_doctor"),
				"control " + reference + " ordered by the employer"));
		return this.store.summary(id).orElseThrow();
	}

	/**
	 * The rules the order breaks, without storing anything: for a form that found other
	 * fields unreadable.
	 */
	@PreAuthorize("hasAuthority('controls.order')")
	@Transactional(readOnly = true)
	public List<InvalidInput.FieldError> problems(ControlOrder order) {
		this.controls.activity();
		try {
			OrderChecks.check(order, represented(this.addresses.signedIn()), today());
			return List.of();
		}
		catch (InvalidInput invalid) {
			return invalid.errors();
		}
	}

	/**
	 * The contact calls off a control of their employer that is not yet examined: the
	 * employee is back at work, say. For another employer's control it does not exist.
	 */
	@PreAuthorize("hasAuthority('controls.order')")
	@Transactional
	public ControlSummary cancel(UUID id) {
		Activity activity = this.controls.activity();
		List<UUID> mine = represented(this.addresses.signedIn()).stream().map(Organisation::id).toList();
		ControlSummary control = this.store.summary(id)
			.filter(found -> mine.contains(found.organisation()))
			.orElseThrow(() -> new ControlNotFound(id));
		if (!this.store.cancel(id, today())) {
			throw new ControlNotOpen(control.reference(), control.status());
		}
		this.audit.record(new AuditEvent(AuditAction.UPDATE, control.worker(), null, activity.id(), Set.of("status"),
				"control " + control.reference() + " called off by the employer"));
		return this.store.summary(id).orElseThrow();
	}

	/** The organisations the signed-in contact may order controls for. */
	@PreAuthorize("hasAuthority('controls.order')")
	@Transactional(readOnly = true)
	public List<Organisation> mine() {
		this.controls.activity();
		return represented(this.addresses.signedIn());
	}

	private PersonId worker(CheckedOrder order, @Nullable String numberIndex) {
		if (order.nationalNumber() != null) {
			return this.persons.matchOrRegisterWorker(newPerson(order,
					List.of(new NewIdentifier(IdentifierKind.NATIONAL_NUMBER, order.nationalNumber()))));
		}
		return Optional.ofNullable(numberIndex)
			.flatMap(index -> this.store.workerNumbered(order.organisation(), index))
			.orElseGet(() -> this.persons.matchOrRegisterWorker(newPerson(order, List.of())));
	}

	private static NewPerson newPerson(CheckedOrder order, List<NewIdentifier> identifiers) {
		return new NewPerson(order.firstName(), null, order.lastName(), order.birthDate(), order.language(), null,
				Provenance.EMPLOYER, List.of(), List.of(), identifiers);
	}

	private List<Organisation> represented(Optional<PersonId> contact) {
		return contact.map(this.organisations::representedBy).orElse(List.of());
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
