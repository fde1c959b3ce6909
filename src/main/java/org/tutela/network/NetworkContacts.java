package org.tutela.network;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.tutela.catalog.CourseCatalog;
import org.tutela.catalog.CourseId;
import org.tutela.consent.Channel;
import org.tutela.consent.ChoiceKind;
import org.tutela.consent.ConsentLedger;
import org.tutela.consent.Evidence;
import org.tutela.enrolment.Registrations;
import org.tutela.identity.Caller;
import org.tutela.network.ContactRecord.Attended;
import org.tutela.network.ContactRecord.Company;
import org.tutela.network.ContactRecord.Interest;
import org.tutela.network.ContactRecord.Meeting;
import org.tutela.network.ContactRecord.PrivateAddress;
import org.tutela.network.ContactRecord.Received;
import org.tutela.network.contact.ContactStore;
import org.tutela.network.contact.ContactStore.StoredContact;
import org.tutela.people.Address;
import org.tutela.people.Contact;
import org.tutela.people.ContactUsage;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.people.Person;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;
import org.tutela.register.PurposeGuard;
import org.tutela.register.Register;

/**
 * The network's contact records (VCK-1): only professionally relevant data, most of it
 * the people module's (name, function, business e-mail and phone, the company with its
 * enterprise number and address); here how the contact began, the company's website, a
 * private address only with the person's explicit consent recorded with its wording, the
 * expertise they share, the topics they want to discuss and the meetings held. A person
 * whose origin nobody recorded (a legacy import) reads as of unknown origin (VCK-2);
 * anyone else's origin is what staff record, or else where their data came from. While
 * the person's processing is restricted (GDPR Art. 18) the record is read, never changed.
 * Every read and change is audited.
 */
@Service
public class NetworkContacts {

	/** The catalogue's purpose of the network's records. */
	public static final String PURPOSE = "network";

	/** The pack's activity that names members to other members (VCK-8). */
	public static final String MATCHING = "expertise-matching";

	/** The longest postcode kept: what the address columns of the application hold. */
	private static final int POSTCODE_LENGTH = 20;

	/** A web address as people write it: a host name with a dot, perhaps a path. */
	private static final String WEBSITE = "(?i)(https?://)?[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}(/\\S*)?";

	private final ContactStore store;

	private final Persons persons;

	private final Organisations organisations;

	private final Registrations registrations;

	private final CourseCatalog courses;

	private final PurposeGuard guard;

	private final Register register;

	private final AuditTrail audit;

	private final Clock clock;

	private final ConsentLedger ledger;

	private final Restrictions restrictions;

	NetworkContacts(ContactStore store, Persons persons, Organisations organisations, Registrations registrations,
			CourseCatalog courses, PurposeGuard guard, Register register, AuditTrail audit, Clock clock,
			ConsentLedger ledger, Restrictions restrictions) {
		this.ledger = ledger;
		this.restrictions = restrictions;
		this.store = store;
		this.persons = persons;
		this.organisations = organisations;
		this.registrations = registrations;
		this.courses = courses;
		this.guard = guard;
		this.register = register;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the pack keeps a professional network at all. */
	public boolean inUse() {
		return this.register.pack().keeps(PURPOSE);
	}

	@PreAuthorize("hasAuthority('people.read') and hasAuthority('outreach.manage')")
	@Transactional
	public ContactRecord get(PersonId id) {
		Person person = this.persons.get(id);
		Optional<Map<String, Object>> row = this.store.contact(id);
		this.audit.record(AuditEvent.read(id, PURPOSE, "began", "website", "private_street", "subject", "agreed"));
		List<Interest> expertise = new ArrayList<>();
		List<Interest> topics = new ArrayList<>();
		for (Map<String, Object> interest : this.store.interests(id)) {
			Interest read = new Interest(interest.get("id").toString(), (String) interest.get("subject"));
			("EXPERTISE".equals(interest.get("kind")) ? expertise : topics).add(read);
		}
		List<Meeting> meetings = this.store.meetings(id)
			.stream()
			.map(meeting -> new Meeting(day(meeting.get("held_on")), (String) meeting.get("agreed"),
					(String) meeting.get("recorded_by")))
			.toList();
		// VCK-2: unknown origin is a legacy contact's, whose origin nobody can tell;
		// anyone
		// else without a record yet shows where their data came from instead.
		boolean legacy = person.provenance() == Provenance.UNKNOWN_LEGACY;
		Began began = row.map(held -> Began.valueOf((String) held.get("began"))).orElse(legacy ? Began.UNKNOWN : null);
		List<Received> received = this.store.matches(id)
			.stream()
			.map(match -> new Received(instant(match.get("matched_at")), (String) match.get("subject"),
					((Number) match.get("named")).intValue()))
			.toList();
		return new ContactRecord(id, person.fullName(), person.jobFunction(), business(person.emails()),
				business(person.phones()), companies(id), began,
				row.map(held -> day(held.get("began_on"))).orElse(null), began == Began.UNKNOWN, person.provenance(),
				person.createdAt(), row.map(held -> (String) held.get("website")).orElse(null),
				row.map(NetworkContacts::address).orElse(null), expertise, topics, meetings, attended(id), received,
				this.guard.check(id, MATCHING).allowed(), this.restrictions.restricted(id));
	}

	/**
	 * Records how the contact began, the website and the private address given with
	 * consent.
	 */
	@PreAuthorize("hasAuthority('people.manage')")
	@Transactional
	public void describe(PersonId id, ContactDetails details) {
		Person person = this.persons.get(id);
		this.restrictions.refuse(id);
		List<FieldError> errors = new ArrayList<>();
		Began began = began(details.began(), errors);
		if (began == Began.UNKNOWN && person.provenance() != Provenance.UNKNOWN_LEGACY) {
			// VCK-2: only a legacy contact's origin is unknown.
			errors.add(new FieldError("began", "network.began-unknown"));
		}
		TextRule.LINE.check("website", details.website(), errors);
		if (ContactDetails.filled(details.website()) && !details.website().strip().matches(WEBSITE)) {
			errors.add(new FieldError("website", "network.website"));
		}
		if (details.beganOn() != null && details.beganOn().isAfter(LocalDate.now(this.clock))) {
			errors.add(new FieldError("beganOn", "network.began-on"));
		}
		boolean address = details.givesPrivateAddress();
		if (address) {
			required("privateStreet", details.privateStreet(), TextRule.LINE, errors);
			required("privatePostcode", details.privatePostcode(), TextRule.NAME, errors);
			if (ContactDetails.filled(details.privatePostcode())
					&& details.privatePostcode().strip().length() > POSTCODE_LENGTH) {
				errors.add(new FieldError("privatePostcode", "too-long"));
			}
			required("privateCity", details.privateCity(), TextRule.NAME, errors);
			String country = details.privateCountry() == null ? "" : details.privateCountry().strip();
			if (!country.matches("[A-Za-z]{2}")) {
				errors.add(new FieldError("privateCountry", "network.country"));
			}
			// VCK-1: a private address only with the person's explicit consent, in words.
			if (!ContactDetails.filled(details.consentWording())) {
				errors.add(new FieldError("consentWording", "network.private-needs-consent"));
			}
			TextRule.PARAGRAPH.check("consentWording", details.consentWording(), errors);
			TextRule.LINE.check("consentProof", details.consentProof(), errors);
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		Instant now = this.clock.instant();
		// The consent keeps the day it was given while its wording stands: a later change
		// of the record is not a new consent.
		Instant consented = address ? this.store.consentedAt(id, strip(details.consentWording())).orElse(now) : null;
		this.store.put(id, new StoredContact(String.valueOf(began), details.beganOn(), strip(details.website()),
				address ? strip(details.privateStreet()) : null, address ? strip(details.privatePostcode()) : null,
				address ? strip(details.privateCity()) : null,
				address ? details.privateCountry().strip().toUpperCase(Locale.ROOT) : null,
				address ? strip(details.consentWording()) : null, address ? strip(details.consentProof()) : null,
				consented), now);
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, id,
				address ? "network contact record, private address with consent" : "network contact record"));
	}

	/** Adds expertise the person shares or a topic they want to discuss. */
	@PreAuthorize("hasAuthority('people.manage')")
	@Transactional
	public boolean share(PersonId id, InterestKind kind, @Nullable String subject) {
		this.persons.get(id);
		this.restrictions.refuse(id);
		List<FieldError> errors = new ArrayList<>();
		required("subject", subject, TextRule.NAME, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		boolean added = this.store.addInterest(id, kind.name(), subject.strip(), this.clock.instant());
		if (added) {
			this.audit.record(AuditEvent.of(AuditAction.UPDATE, id, "network " + kind.name().toLowerCase(Locale.ROOT)));
		}
		return added;
	}

	@PreAuthorize("hasAuthority('people.manage')")
	@Transactional
	public void drop(PersonId id, UUID interest) {
		this.restrictions.refuse(id);
		if (this.store.removeInterest(id, interest) > 0) {
			this.audit.record(AuditEvent.of(AuditAction.DELETE, id, "network interest removed"));
		}
	}

	/** Records a meeting and what was agreed. */
	@PreAuthorize("hasAuthority('people.manage')")
	@Transactional
	public void meet(PersonId id, @Nullable LocalDate heldOn, @Nullable String agreed) {
		this.persons.get(id);
		this.restrictions.refuse(id);
		List<FieldError> errors = new ArrayList<>();
		if (heldOn == null) {
			errors.add(new FieldError("heldOn", "required"));
		}
		else if (heldOn.isAfter(LocalDate.now(this.clock))) {
			errors.add(new FieldError("heldOn", "network.held-on"));
		}
		required("agreed", agreed, TextRule.PARAGRAPH, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		this.store.addMeeting(id, heldOn, agreed.strip(), Caller.name(), this.clock.instant());
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, id, "network meeting recorded"));
	}

	/**
	 * The person asked, by mail, phone or in person, not to be named to other members nor
	 * on participant lists (VCK-8): recorded as an objection to the matching activity,
	 * which the purpose guard then refuses.
	 */
	@PreAuthorize("hasAuthority('people.manage')")
	@Transactional
	public void optOut(PersonId id, Channel channel, @Nullable String reference) {
		this.persons.get(id);
		List<FieldError> errors = new ArrayList<>();
		TextRule.LINE.check("reference", reference, errors);
		if (channel != Channel.EMAIL && channel != Channel.PAPER && channel != Channel.STAFF) {
			errors.add(new FieldError("channel", "network.channel"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		this.ledger.record(id, MATCHING, ChoiceKind.OBJECTED, Evidence.received(channel, null, strip(reference)));
	}

	private List<Company> companies(PersonId id) {
		return this.organisations.ofContact(id).stream().map(this.organisations::withoutContacts).map(organisation -> {
			Address at = organisation.registeredAddress();
			String address = at.street() == null ? null
					: String.join(", ", at.street(), String.valueOf(at.postcode()), String.valueOf(at.city()));
			return new Company(organisation.name(), organisation.enterpriseNumber(), address);
		}).toList();
	}

	private List<Attended> attended(PersonId id) {
		Set<UUID> followed = this.registrations.followedCourses(id);
		return followed.stream()
			.map(course -> new Attended(this.courses.get(new CourseId(course)).title(), null))
			.sorted(java.util.Comparator.comparing(Attended::course))
			.toList();
	}

	private static List<String> business(List<Contact> contacts) {
		return contacts.stream()
			.filter(contact -> contact.usage() == ContactUsage.BUSINESS)
			.map(Contact::value)
			.toList();
	}

	private static @Nullable PrivateAddress address(Map<String, Object> row) {
		if (row.get("private_street") == null) {
			return null;
		}
		return new PrivateAddress((String) row.get("private_street"), (String) row.get("private_postcode"),
				(String) row.get("private_city"), (String) row.get("private_country"),
				(String) row.get("private_consent_wording"), (String) row.get("private_consent_proof"),
				instant(row.get("private_consent_at")));
	}

	private static @Nullable Began began(@Nullable String value, List<FieldError> errors) {
		try {
			return Began.valueOf(String.valueOf(value).strip());
		}
		catch (IllegalArgumentException unknown) {
			errors.add(new FieldError("began", "network.began"));
			return null;
		}
	}

	private static void required(String field, @Nullable String value, TextRule rule, List<FieldError> errors) {
		if (!ContactDetails.filled(value)) {
			errors.add(new FieldError(field, "required"));
		}
		else {
			rule.check(field, value, errors);
		}
	}

	private static @Nullable String strip(@Nullable String text) {
		return ContactDetails.filled(text) ? text.strip() : null;
	}

	static @Nullable LocalDate day(@Nullable Object value) {
		if (value == null) {
			return null;
		}
		return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
	}

	private static Instant instant(Object value) {
		if (value instanceof OffsetDateTime moment) {
			return moment.toInstant();
		}
		return value instanceof java.sql.Timestamp stamp ? stamp.toInstant() : (Instant) value;
	}

}
