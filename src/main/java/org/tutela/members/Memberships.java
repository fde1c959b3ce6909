package org.tutela.members;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.identity.Caller;
import org.tutela.members.application.MembershipEnds;
import org.tutela.members.application.MembershipStore;
import org.tutela.people.Address;
import org.tutela.people.ContactRole;
import org.tutela.people.MembershipStatus;
import org.tutela.people.NewOrganisation;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.people.Persons;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.mail.MailOutbox;
import org.tutela.platform.mail.OutgoingMail;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;
import org.tutela.register.Register;

/**
 * The staff's side of membership (CES-4): the applications awaiting a decision and the
 * members; accepting one makes its organisation a member from the day given (found by its
 * enterprise number, or added) with the applicant as its contact; refusing one records
 * the reason; ending a membership records its last day on the member record and the
 * organisation. The applicant is told of the decision by mail, which is a contact a rule
 * counts from (CES-9). Every read and change is audited.
 */
@Service
public class Memberships {

	private final MembershipStore store;

	private final Organisations organisations;

	private final Persons persons;

	private final Register register;

	private final MailOutbox mail;

	private final MessageSource messages;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final MembershipEnds ends;

	private final Clock clock;

	Memberships(MembershipStore store, Organisations organisations, Persons persons, Register register, MailOutbox mail,
			MessageSource messages, ApplicationEventPublisher events, AuditTrail audit, MembershipEnds ends,
			Clock clock) {
		this.store = store;
		this.ends = ends;
		this.organisations = organisations;
		this.persons = persons;
		this.register = register;
		this.mail = mail;
		this.messages = messages;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** The applications awaiting a decision, oldest first. */
	@PreAuthorize("hasAuthority('members.decide')")
	@Transactional
	public List<Application> open() {
		return read(this.store.open());
	}

	/**
	 * The members, by name; with an organisation, only its member records (its page links
	 * here).
	 */
	@PreAuthorize("hasAuthority('members.decide')")
	@Transactional
	public List<Application> members(@Nullable UUID organisation) {
		return read(organisation == null ? this.store.members() : this.store.ofOrganisation(organisation));
	}

	@PreAuthorize("hasAuthority('members.decide')")
	@Transactional
	public Application get(UUID id) {
		Application row = row(id);
		this.audit.record(read(row, "organisation_name", "first_name", "last_name", "email", "job_function", "reason",
				"member_from", "member_until"));
		return row;
	}

	/**
	 * Accepts the application: its organisation becomes a member from {@code from}, the
	 * applicant its contact; they are told by mail.
	 */
	@PreAuthorize("hasAuthority('members.decide') and hasAuthority('people.manage')")
	@Transactional
	public void accept(UUID id, @Nullable LocalDate from) {
		Application row = row(id);
		List<FieldError> errors = new ArrayList<>();
		undecided(row, "from", errors);
		if (from == null) {
			errors.add(new FieldError("from", "required"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		UUID organisation = admit(row, from);
		PersonId person = row.person();
		if (person != null) {
			this.organisations.addContact(organisation, person, ContactRole.OTHER);
		}
		decided(this.store.decide(id, Decision.ACCEPTED, LocalDate.now(this.clock), Caller.name(), null, organisation,
				null, from), "from");
		tell(row, "members.mail.accepted", from);
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, person, "membership application accepted"));
		if (person != null) {
			this.register.pack()
				.activityServing(Joining.PURPOSE)
				.ifPresent(
						activity -> this.events.publishEvent(new MemberAdmitted(person, organisation, activity.id())));
		}
	}

	/** Refuses the application with the reason, which the applicant is sent. */
	@PreAuthorize("hasAuthority('members.decide')")
	@Transactional
	public void refuse(UUID id, @Nullable String reason) {
		Application row = row(id);
		List<FieldError> errors = new ArrayList<>();
		undecided(row, "reason", errors);
		if (reason == null || reason.isBlank()) {
			errors.add(new FieldError("reason", "required"));
		}
		else {
			TextRule.PARAGRAPH.check("reason", reason, errors);
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		String text = reason.strip();
		decided(this.store.decide(id, Decision.REFUSED, LocalDate.now(this.clock), Caller.name(), text, null, null,
				null), "reason");
		tell(row, "members.mail.refused", text);
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, row.person(), "membership application refused"));
	}

	/** Records that the applicant withdrew their application. */
	@PreAuthorize("hasAuthority('members.decide')")
	@Transactional
	public void withdraw(UUID id) {
		Application row = row(id);
		List<FieldError> errors = new ArrayList<>();
		undecided(row, "form", errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		decided(this.store.decide(id, Decision.WITHDRAWN, LocalDate.now(this.clock), Caller.name(), null, null, null,
				null), "form");
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, row.person(), "membership application withdrawn"));
	}

	/**
	 * Ends the membership on {@code until}, its last day: on the member record, which the
	 * pack's "end of membership" rule counts from, and on the organisation, unless
	 * another of its memberships runs longer. The organisation stays a member until that
	 * day has passed; then it is a former member and the end is announced
	 * ({@link MembershipEnds}), at once for a day already past.
	 */
	@PreAuthorize("hasAuthority('members.decide') and hasAuthority('people.manage')")
	@Transactional
	public void end(UUID id, @Nullable LocalDate until) {
		Application application = row(id);
		List<FieldError> errors = new ArrayList<>();
		if (!application.running()) {
			errors.add(new FieldError("until", "membership.not-running"));
		}
		else if (until == null) {
			errors.add(new FieldError("until", "required"));
		}
		else if (until.isBefore(application.memberFrom())) {
			errors.add(new FieldError("until", "membership.before-start"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		this.store.end(id, until);
		UUID organisation = application.organisation();
		if (organisation != null && !this.store.runs(organisation, until.plusDays(1))) {
			Organisation current = this.organisations.withoutContacts(organisation);
			this.organisations.change(organisation, changed(current, current.membershipStatus(),
					current.memberSince() == null ? application.memberFrom() : current.memberSince(), until));
			this.ends.endIfPassed(organisation);
		}
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, application.person(), "membership ended"));
	}

	/** The organisation the application names, a member from {@code from}. */
	private UUID admit(Application row, LocalDate from) {
		String enterprise = row.enterpriseNumber();
		Optional<UUID> known = enterprise == null ? Optional.empty()
				: this.organisations.withEnterpriseNumber(enterprise);
		if (known.isPresent()) {
			Organisation current = this.organisations.withoutContacts(known.get());
			boolean since = current.membershipStatus() == MembershipStatus.MEMBER && current.memberUntil() == null
					&& current.memberSince() != null;
			this.organisations.change(known.get(),
					changed(current, MembershipStatus.MEMBER, since ? current.memberSince() : from, null));
			return known.get();
		}
		Address address = new Address(row.street(), row.postcode(), row.city(), row.country());
		return this.organisations
			.add(new NewOrganisation(row.organisationName(), enterprise, null, null, address, null,
					MembershipStatus.MEMBER, from, null, null, null))
			.id();
	}

	private static NewOrganisation changed(Organisation current, MembershipStatus status, @Nullable LocalDate since,
			@Nullable LocalDate until) {
		return new NewOrganisation(current.name(), current.enterpriseNumber(), current.clientNumber(),
				current.companyType(), current.registeredAddress(), current.invoiceAddress(), status, since, until,
				current.contractStart(), current.contractEnd());
	}

	/**
	 * Tells the applicant of the decision, in the language of the form they sent; the
	 * decision is then their last contact.
	 */
	private void tell(Application row, String key, Object detail) {
		Locale language = Locale.forLanguageTag(row.language());
		String organisation = row.organisationName();
		Object text = detail instanceof LocalDate day
				? DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language).format(day) : detail;
		this.mail.queue(new OutgoingMail(row.email(),
				this.messages.getMessage("members.mail.subject",
						new Object[] { this.register.pack().controllers().get(0).name() }, language),
				this.messages.getMessage(key, new Object[] { organisation, text }, language)));
		PersonId person = row.person();
		if (person != null) {
			this.persons.contacted(person);
		}
	}

	/**
	 * Refuses a decision another member of staff took meanwhile, undoing what this one
	 * did in its transaction: no second organisation, contact or mail.
	 */
	private static void decided(boolean recorded, String field) {
		if (!recorded) {
			throw new InvalidInput(List.of(new FieldError(field, "membership.decided-already")));
		}
	}

	private static void undecided(Application row, String field, List<FieldError> errors) {
		if (row.decision() != null) {
			errors.add(new FieldError(field, "membership.decided-already"));
		}
		else if (row.restricted()) {
			// GDPR Art. 18: while restricted, the applicant's data is only kept.
			errors.add(new FieldError(field, "membership.restricted"));
		}
	}

	private Application row(UUID id) {
		return this.store.find(id).orElseThrow(() -> new ApplicationNotFound(id));
	}

	private List<Application> read(List<Application> found) {
		found.forEach(
				application -> this.audit.record(read(application, "organisation_name", "first_name", "last_name")));
		return found;
	}

	private static AuditEvent read(Application application, String... fields) {
		return application.person() == null
				? AuditEvent.of(AuditAction.READ, null, "membership application read, no known person")
				: AuditEvent.read(application.person(), Joining.PURPOSE, fields);
	}

}
