package org.tutela.enrolment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.tutela.disclosures.Disclosure;
import org.tutela.disclosures.Disclosures;
import org.tutela.disclosures.NewDisclosure;
import org.tutela.identity.Caller;
import org.tutela.enrolment.registration.FormChecks;
import org.tutela.enrolment.registration.RegistrationMails;
import org.tutela.enrolment.registration.RegistrationStore;
import org.tutela.people.MailAddresses;
import org.tutela.people.Organisations;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.personaldata.DataCategory;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.crypto.RandomTokens;
import org.tutela.platform.crypto.Sha256;
import org.tutela.register.Activity;
import org.tutela.register.PurposeGuard;
import org.tutela.register.Recipient;
import org.tutela.register.RecipientType;
import org.tutela.register.Register;

/**
 * Registrations for sessions: by the participant on the public form, by a client contact
 * for several employees at once, or by staff. A full session puts new registrations on
 * its waiting list; a cancellation of a confirmed place gives it to the first one
 * waiting. Each form keeps only what the pack's registration activity declares (MEZ-1).
 */
@Service
public class Registrations {

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

	private final Disclosures disclosures;

	private final PurposeGuard guard;

	private final ApplicationEventPublisher events;

	private final MailAddresses addresses;

	Registrations(Sessions sessions, Persons persons, RegistrationStore store, RegistrationFields fields,
			ConsentLedger ledger, Register register, RegistrationMails mails, AuditTrail audit, Clock clock,
			MessageSource messages, Organisations organisations, FormChecks checks, Disclosures disclosures,
			PurposeGuard guard, ApplicationEventPublisher events, MailAddresses addresses) {
		this.events = events;
		this.addresses = addresses;
		this.disclosures = disclosures;
		this.guard = guard;
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
		UUID participant = this.persons
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
	public List<Registration> registerEmployees(UUID session, UUID organisation, UUID registrant,
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
			UUID participant = this.persons
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
		UUID participant = this.persons
			.matchOrRegister(FormChecks.person(form, asked, language, Provenance.UNKNOWN_LEGACY));
		return book(planned, participant, null, null, RegistrationSource.STAFF, form, asked,
				new Origin(null, null, language), null);
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

	private Registration book(Session session, UUID participant, @Nullable UUID registrant, @Nullable UUID organisation,
			RegistrationSource source, RegistrationForm form, Set<FormField> asked, Origin origin,
			@Nullable String keepInformedToken) {
		RegistrationStatus status = this.store.count(session.id(), RegistrationStatus.CONFIRMED) < session.capacity()
				? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITING;
		Registration registration = new Registration(UUID.randomUUID(), session.id(), participant, registrant,
				organisation, status, source, this.clock.instant(), null, false);
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

	/** Staff cancel a registration, with the course's terms. */
	@PreAuthorize("hasAuthority('enrolment.manage')")
	@Transactional
	public Registration cancel(UUID registration) {
		return cancel(find(registration), "staff");
	}

	/**
	 * The organiser calls a session off: it leaves the calendar, and every place on it,
	 * waiting or not, is cancelled free of charge, each participant told. The number of
	 * places cancelled.
	 */
	@PreAuthorize("hasAuthority('enrolment.manage') and hasAuthority('catalog.manage')")
	@Transactional
	public int cancelSession(UUID session) {
		this.sessions.cancel(session);
		List<Registration> open = this.store.ofSession(session)
			.stream()
			.filter(registration -> registration.status() != RegistrationStatus.CANCELLED)
			.toList();
		open.forEach(registration -> cancel(registration, "organiser"));
		return open.size();
	}

	/**
	 * One registration the person holds or made, for the portal; refused for anyone
	 * else's.
	 */
	@PreAuthorize("hasAuthority('portal')")
	@Transactional(readOnly = true)
	public Registration involvingOne(UUID registration, @Nullable UUID person) {
		Registration found = find(registration);
		if (person == null || !person.equals(found.registrant()) && !person.equals(found.participant())) {
			throw new AccessDeniedException("Not a registration of this person");
		}
		return found;
	}

	/** A client contact cancels a registration they made, or a participant their own. */
	@PreAuthorize("hasAuthority('portal')")
	@Transactional
	public Registration cancelFor(UUID registration, @Nullable UUID person) {
		Registration found = involvingOne(registration, person);
		return cancel(found, found.participant().equals(person) ? "participant" : "client-contact");
	}

	/**
	 * The participant follows the link in their confirmation; empty when the link is
	 * unknown.
	 */
	@Transactional
	public Optional<Registration> cancelWithToken(String token) {
		return this.store.byCancelToken(Sha256.hex(token)).map(found -> cancel(found, "participant"));
	}

	/** The registration a cancellation link is for, to show before it is used. */
	@Transactional(readOnly = true)
	public Optional<Registration> byCancelToken(String token) {
		return this.store.byCancelToken(Sha256.hex(token));
	}

	private Registration find(UUID id) {
		return this.store.find(id).orElseThrow(() -> new RegistrationNotFound(id));
	}

	private Registration cancel(Registration registration, String by) {
		if (registration.status() == RegistrationStatus.CANCELLED) {
			return registration;
		}
		Session session = this.sessions.get(registration.session());
		this.store.lockSession(session.id());
		LocalDate today = LocalDate.now(this.clock);
		boolean late = !session.cancelled() && registration.status() == RegistrationStatus.CONFIRMED
				&& today.isAfter(session.firstDay().minusDays(session.course().freeCancellationDays()));
		this.store.cancel(registration.id(), by, late, this.clock.instant());
		this.audit
			.record(AuditEvent.of(AuditAction.UPDATE, registration.participant(), "registration cancelled by " + by));
		this.mails.cancelled(registration, session, late);
		if (registration.status() == RegistrationStatus.CONFIRMED && !session.cancelled() && !session.over(today)) {
			this.store.firstWaiting(session.id()).ifPresent(next -> {
				this.store.promote(next.id());
				this.audit
					.record(AuditEvent.of(AuditAction.UPDATE, next.participant(), "moved up from the waiting list"));
				this.mails.promoted(next, session);
			});
		}
		return this.store.find(registration.id()).orElseThrow();
	}

	/**
	 * A session's registrations for the back office; a trainer sees only the sessions
	 * they teach.
	 */
	@PreAuthorize("hasAnyAuthority('enrolment.manage', 'attendance.record')")
	@Transactional(readOnly = true)
	public List<Registration> ofSession(UUID session) {
		Session planned = this.sessions.get(session);
		SessionAccess.checkMayOpen(planned);
		return this.store.ofSession(planned.id());
	}

	/**
	 * The remarks of a session's registrations, for the staff the pack's remarks activity
	 * gives access (MEN-4, MEN-11); each read is audited as a read of health data.
	 */
	@PreAuthorize("hasAuthority('backoffice')")
	@Transactional
	public Map<UUID, String> remarks(UUID session) {
		Session planned = this.sessions.get(session);
		SessionAccess.checkMayOpen(planned);
		String activity = this.register.pack().training().remarks();
		boolean allowed = activity != null && Caller.role()
			.map(role -> this.register.pack()
				.activity(activity)
				.orElseThrow()
				.access()
				.contains(role.name().toLowerCase(Locale.ROOT).replace('_', '-')))
			.orElse(false);
		if (!allowed) {
			return Map.of();
		}
		Map<UUID, String> remarks = this.store.remarks(planned.id());
		this.store.ofSession(planned.id())
			.stream()
			.filter(registration -> remarks.containsKey(registration.id()))
			.forEach(
					registration -> this.audit.record(AuditEvent.read(registration.participant(), activity, "remark")));
		return remarks;
	}

	/**
	 * The confirmed registrations of a session, without an access check: for attendance
	 * and certificates.
	 */
	@Transactional(readOnly = true)
	public List<Registration> confirmed(UUID session) {
		return this.store.ofSession(session)
			.stream()
			.filter(registration -> registration.status() == RegistrationStatus.CONFIRMED)
			.toList();
	}

	/**
	 * The courses the person followed: a confirmed place on a session that is over. For
	 * tailoring offers (SKI-7), which asks the purpose guard first.
	 */
	@Transactional(readOnly = true)
	public Set<UUID> followedCourses(UUID person) {
		return Set.copyOf(this.store.followedCourses(person, LocalDate.now(this.clock)));
	}

	/**
	 * Whether study results go back to the employer who registered a participant (SKI-4).
	 */
	public boolean resultsToEmployer() {
		return this.register.pack().training().results() != null;
	}

	/**
	 * Whether a participant's result may be shown to the employer's contact who
	 * registered them. The first time it is, it is recorded in the disclosure log under
	 * the pack's results activity, to the employer it names (SKI-4). Where the purpose
	 * guard refuses (a restriction), it is not shown.
	 */
	@PreAuthorize("hasAuthority('portal')")
	@Transactional
	public boolean resultShownToEmployer(Registration registration, Session session) {
		String results = this.register.pack().training().results();
		if (results == null) {
			return false;
		}
		if (this.store.resultDisclosed(registration.id())) {
			return this.guard.check(registration.participant(), results).allowed();
		}
		Activity activity = this.register.pack().activity(results).orElseThrow();
		String employer = activity.recipients()
			.stream()
			.filter(recipient -> recipient.type() == RecipientType.EMPLOYER)
			.map(Recipient::name)
			.findFirst()
			.orElseThrow();
		List<String> categories = activity.categories()
			.stream()
			.filter(category -> category == DataCategory.IDENTITY || category == DataCategory.PROFESSIONAL)
			.map(category -> category.name().toLowerCase(Locale.ROOT))
			.toList();
		if (!this.guard.check(registration.participant(), results).allowed()) {
			return false;
		}
		Disclosure disclosure = this.disclosures
			.recordAutomatic(new NewDisclosure(results, employer, categories, List.of(registration.participant()),
					"result of " + session.course().code() + " " + session.firstDay()));
		this.store.resultDisclosed(registration.id(), disclosure.id(), this.clock.instant());
		return true;
	}

	/**
	 * The registrations made for a client organisation, at the end of its contract
	 * (MEN-21).
	 */
	@PreAuthorize("hasAnyAuthority('enrolment.manage', 'retention.manage')")
	@Transactional(readOnly = true)
	public List<Registration> forOrganisation(UUID organisation) {
		return this.store.forOrganisation(organisation);
	}

	/** What a portal user registered for others, or holds themselves. */
	@PreAuthorize("hasAuthority('portal')")
	@Transactional(readOnly = true)
	public List<Registration> involving(UUID person) {
		return this.store.involving(person);
	}

	@Transactional(readOnly = true)
	public int waitingPosition(Registration registration) {
		return this.store.waitingPosition(registration);
	}

	/** The number of confirmed places left. */
	@Transactional(readOnly = true)
	public int placesLeft(Session session) {
		return Math.max(0, session.capacity() - this.store.count(session.id(), RegistrationStatus.CONFIRMED));
	}

}
