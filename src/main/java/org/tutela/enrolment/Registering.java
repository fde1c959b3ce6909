package org.tutela.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.consent.Channel;
import org.tutela.consent.ChoiceKind;
import org.tutela.consent.ConsentLedger;
import org.tutela.consent.Evidence;
import org.tutela.consent.Wording;
import org.tutela.enrolment.registration.FormChecks;
import org.tutela.enrolment.registration.RegistrationMails;
import org.tutela.enrolment.registration.RegistrationStore;
import org.tutela.people.MailAddresses;
import org.tutela.people.IdentifierKind;
import org.tutela.people.Organisations;
import org.tutela.people.Person;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.crypto.RandomTokens;
import org.tutela.platform.crypto.Sha256;
import org.tutela.register.Register;

/**
 * Registering for sessions: the participant on the public form, a client contact for
 * several employees at once, or staff. A full session puts new registrations on its
 * waiting list. Each form keeps only what the pack's registration activity declares
 * (MEZ-1).
 */
@Service
public class Registering {

	private final Sessions sessions;

	private final Persons persons;

	private final RegistrationStore store;

	private final RegistrationFields fields;

	private final ConsentLedger ledger;

	private final Register register;

	private final RegistrationMails mails;

	private final AuditTrail audit;

	private final Clock clock;

	private final MessageSource messages;

	private final Organisations organisations;

	private final FormChecks checks;

	private final ApplicationEventPublisher events;

	private final MailAddresses addresses;

	Registering(Sessions sessions, Persons persons, RegistrationStore store, RegistrationFields fields,
			ConsentLedger ledger, Register register, RegistrationMails mails, AuditTrail audit, Clock clock,
			MessageSource messages, Organisations organisations, FormChecks checks, ApplicationEventPublisher events,
			MailAddresses addresses) {
		this.events = events;
		this.addresses = addresses;
		this.checks = checks;
		this.organisations = organisations;
		this.messages = messages;
		this.sessions = sessions;
		this.persons = persons;
		this.store = store;
		this.fields = fields;
		this.ledger = ledger;
		this.register = register;
		this.mails = mails;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The public form: the participant registers themselves. A ticked "keep me informed"
	 * box counts once they follow the link in their confirmation mail, as anyone can type
	 * an address into a public form; sent by the person signed in to the portal, it
	 * counts at once (MEZ-2).
	 */
	@Transactional
	public Registration registerSelf(UUID session, RegistrationForm form, Origin origin) {
		Session planned = openSession(session);
		Set<FormField> asked = this.fields.asked(planned.course());
		this.checks.check(List.of(form), asked, "");
		refuseSecond(planned, form);
		PersonId participant = this.persons
			.matchOrRegister(FormChecks.person(form, asked, origin.language(), Provenance.WEB_FORM));
		String marketing = this.register.pack().training().marketing();
		boolean wantsMarketing = marketing != null && asked.contains(FormField.MARKETING) && form.wantsMarketing();
		boolean signedIn = participant.equals(origin.signedIn());
		String keepInformed = wantsMarketing && !signedIn ? RandomTokens.next() : null;
		Registration registration = book(planned, participant, null, null, RegistrationSource.WEB_FORM, form, asked,
				origin, keepInformed);
		if (wantsMarketing) {
			this.ledger.record(participant, marketing, signedIn ? ChoiceKind.GIVEN : ChoiceKind.UNCONFIRMED,
					Evidence.web(signedIn ? Channel.PORTAL : Channel.FORM, form.wording(), origin.ipAddress(),
							origin.userAgent(), "registration:" + session));
			if (signedIn) {
				this.events.publishEvent(new MarketingConsentConfirmed(participant, marketing));
			}
		}
		return registration;
	}

	/**
	 * The participant follows the "keep me informed" link of their confirmation mail: the
	 * consent they ticked counts from now on. Empty when the link is unknown or used, or
	 * when they have since withdrawn it.
	 */
	@Transactional
	public Optional<Registration> keepInformed(String token, Origin origin) {
		String marketing = this.register.pack().training().marketing();
		if (marketing == null) {
			return Optional.empty();
		}
		return this.store.takeKeepInformedToken(Sha256.hex(token))
			.filter(registration -> this.ledger
				.confirm(registration.participant(), marketing, origin.ipAddress(), origin.userAgent(),
						"registration-link:" + registration.session())
				.isPresent())
			.map(registration -> {
				this.events.publishEvent(new MarketingConsentConfirmed(registration.participant(), marketing));
				return registration;
			});
	}

	/**
	 * A client contact registers employees of their organisation (SKI-1): each becomes a
	 * person with provenance "employer" and is told who registered them. An employer
	 * cannot consent to marketing for an employee (MEN-7), so that box is not offered
	 * here.
	 */
	@PreAuthorize("hasAuthority('portal')")
	@Transactional
	public List<Registration> registerEmployees(UUID session, UUID organisation, PersonId registrant,
			List<RegistrationForm> employees, Origin origin) {
		if (this.organisations.representedBy(registrant)
			.stream()
			.noneMatch(represented -> represented.id().equals(organisation))) {
			throw new AccessDeniedException("Not a contact of this organisation");
		}
		Session planned = openSession(session);
		Set<FormField> asked = this.fields.asked(planned.course());
		asked.remove(FormField.MARKETING);
		if (employees.isEmpty()) {
			throw new InvalidInput(List.of(new FieldError("employees", "required")));
		}
		this.checks.check(employees, asked, "employees");
		List<Registration> registered = new ArrayList<>();
		for (RegistrationForm employee : employees) {
			refuseSecond(planned, employee);
			PersonId participant = this.persons
				.matchOrRegister(FormChecks.person(employee, asked, origin.language(), Provenance.EMPLOYER));
			registered.add(book(planned, participant, registrant, organisation, RegistrationSource.PORTAL, employee,
					asked, origin, null));
		}
		return registered;
	}

	/** Staff register someone who called, wrote or sent a paper form. */
	@PreAuthorize("hasAuthority('enrolment.manage')")
	@Transactional
	public Registration registerByStaff(UUID session, RegistrationForm form, String language) {
		Session planned = openSession(session);
		Set<FormField> asked = this.fields.asked(planned.course());
		asked.remove(FormField.MARKETING);
		this.checks.check(List.of(form), asked, "");
		refuseSecond(planned, form);
		PersonId participant = this.persons
			.matchOrRegister(FormChecks.person(form, asked, language, Provenance.UNKNOWN_LEGACY));
		return book(planned, participant, null, null, RegistrationSource.STAFF, form, asked,
				new Origin(null, null, language), null);
	}

	/**
	 * Staff register a person already known, picked by name, with the checks of a form
	 * typed for them: the person needs an e-mail address, and the national register
	 * number where the course asks it; an address with a place already is refused, and a
	 * full session puts them on the waiting list.
	 */
	@PreAuthorize("hasAuthority('enrolment.manage')")
	@Transactional
	public Registration registerKnownByStaff(UUID session, PersonId person) {
		Session planned = openSession(session);
		Set<FormField> asked = this.fields.asked(planned.course());
		asked.remove(FormField.MARKETING);
		Person known = this.persons.get(person);
		if (known.emails().isEmpty()) {
			throw new InvalidInput(List.of(new FieldError("person", "registration.person-without-email")));
		}
		if (asked.contains(FormField.NATIONAL_NUMBER) && known.identifiers()
			.stream()
			.noneMatch(identifier -> identifier.kind() == IdentifierKind.NATIONAL_NUMBER)) {
			throw new InvalidInput(List.of(new FieldError("person", "registration.person-without-national-number")));
		}
		RegistrationForm form = new RegistrationForm(known.firstName(), known.lastName(), known.emails().get(0).value(),
				null, null, null, null, null, null, null, null);
		refuseSecond(planned, form);
		if (this.store.holdsPlace(planned.id(), List.of(person))) {
			throw new AlreadyRegistered();
		}
		return book(planned, person, null, null, RegistrationSource.STAFF, form, asked,
				new Origin(null, null, known.language()), null);
	}

	/**
	 * Whether the session takes registrations: the pack has a registration activity, and
	 * the session is neither called off nor over.
	 */
	public boolean open(Session session) {
		return this.fields.open() && !session.cancelled() && !session.over(LocalDate.now(this.clock));
	}

	private Session openSession(UUID id) {
		Session session = this.sessions.get(id);
		if (!open(session)) {
			throw new RegistrationClosed(id);
		}
		return session;
	}

	/**
	 * Holds the session until the transaction ends, then refuses an address that already
	 * has a place on it, or one on its waiting list. Checked before the person is
	 * matched: the same address under another name or identifier would otherwise become a
	 * second person with a second place.
	 */
	private void refuseSecond(Session session, RegistrationForm form) {
		this.store.lockSession(session.id());
		if (this.store.holdsPlace(session.id(), this.addresses.holdersOf(String.valueOf(form.email())))) {
			throw new AlreadyRegistered();
		}
	}

	private Registration book(Session session, PersonId participant, @Nullable PersonId registrant,
			@Nullable UUID organisation, RegistrationSource source, RegistrationForm form, Set<FormField> asked,
			Origin origin, @Nullable String keepInformedToken) {
		RegistrationStatus status = this.store.count(session.id(), RegistrationStatus.CONFIRMED) < session.capacity()
				? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
		Registration registration = new Registration(UUID.randomUUID(), session.id(), participant, registrant,
				organisation, status, source, this.clock.instant(), null, false, false);
		String remark = asked.contains(FormField.REMARK) && form.consentsToRemark() && form.remark() != null
				&& !form.remark().isBlank() ? form.remark().strip() : null;
		String token = RandomTokens.next();
		this.store.insert(registration, origin, remark, Sha256.hex(token),
				keepInformedToken == null ? null : Sha256.hex(keepInformedToken));
		if (remark != null) {
			String purpose = String.valueOf(this.register.pack().training().remarks());
			Wording shown = this.ledger.shown(purpose, origin.language(), this.messages
				.getMessage("registration.remark-consent", null, Locale.forLanguageTag(origin.language())));
			// Staff enter what the person wrote or said; on the form, the person ticked
			// the box themselves.
			Channel channel = source == RegistrationSource.STAFF ? Channel.STAFF : Channel.FORM;
			this.ledger.record(participant, purpose, ChoiceKind.GIVEN, new Evidence(channel, shown.id(),
					origin.ipAddress(), origin.userAgent(), "registration:" + session.id(), Evidence.Framework.GDPR));
		}
		this.audit.record(AuditEvent.of(AuditAction.CREATE, participant, "registered for a session, "
				+ status.name().toLowerCase(Locale.ROOT) + ", by " + source.name().toLowerCase(Locale.ROOT)));
		this.mails.registered(registration, session, token, keepInformedToken, registrant != null,
				this.register.pack().training().results() != null);
		return registration;
	}

}
