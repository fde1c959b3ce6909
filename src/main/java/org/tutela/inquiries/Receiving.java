package org.tutela.inquiries;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.catalog.Course;
import org.tutela.catalog.CourseCatalog;
import org.tutela.identity.Permission;
import org.tutela.identity.Role;
import org.tutela.inquiries.message.MessageStore;
import org.tutela.inquiries.message.MessageStore.StoredMessage;
import org.tutela.people.MailAddresses;
import org.tutela.people.Organisations;
import org.tutela.people.Persons;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.crypto.Sha256;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;
import org.tutela.register.Activity;
import org.tutela.register.Inquiries;
import org.tutela.register.Inquiries.Subject;
import org.tutela.register.Register;

/**
 * Takes what a visitor sends through the contact form or the information request: every
 * field checked (nothing is stored when one is refused), only the fields the pack names
 * kept, the sender found by their address or registered, the message filed with the
 * organisation they are a contact of (CES-5) and routed to the subject's account or role,
 * who are told by mail that it waits. The same message sent twice is stored once, also
 * when both copies arrive at once: the sender is registered in the savepoint that stores
 * the message, so the copy refused registers no one.
 */
@Service
public class Receiving {

	/** The catalogue's purpose of what the forms keep. */
	public static final String PURPOSE = "inquiries";

	private static final int PHONE_LENGTH = 40;

	private final Register register;

	private final MessageStore store;

	private final MailAddresses addresses;

	private final Persons persons;

	private final Organisations organisations;

	private final CourseCatalog courses;

	private final AuditTrail audit;

	private final Clock clock;

	private final NewMessageNotices notices;

	Receiving(Register register, MessageStore store, MailAddresses addresses, Persons persons,
			Organisations organisations, CourseCatalog courses, AuditTrail audit, Clock clock,
			NewMessageNotices notices) {
		this.notices = notices;
		this.register = register;
		this.store = store;
		this.addresses = addresses;
		this.persons = persons;
		this.organisations = organisations;
		this.courses = courses;
		this.audit = audit;
		this.clock = clock;
	}

	/** What the pack offers: the contact form's subjects and the information fields. */
	public Inquiries offered() {
		return this.register.pack().keeps(PURPOSE) ? this.register.pack().inquiries() : Inquiries.NONE;
	}

	/** The activity that answers what the forms send, for the notice beside them. */
	public @Nullable Activity activity() {
		return this.register.pack().activityServing(PURPOSE).orElse(null);
	}

	/** The courses an information request can be about, by title. */
	public List<Course> courses() {
		return this.courses.list();
	}

	/** A message through the contact form. */
	@Transactional
	public void contact(SentInquiry sent) {
		Inquiries offered = offered();
		List<FieldError> errors = new ArrayList<>();
		Subject subject = offered.subject(sent.subject()).orElse(null);
		if (subject == null) {
			errors.add(new FieldError("subject", sent.subject() == null ? "required" : "inquiry.subject"));
		}
		checkSender(sent, true, true, true, errors);
		required("message", sent.message(), TextRule.PARAGRAPH, errors);
		if (!offered.contactOpen() || !errors.isEmpty()) {
			throw new InvalidInput(errors.isEmpty() ? List.of(new FieldError("form", "inquiry.closed")) : errors);
		}
		store(InquiryKind.CONTACT, subject.id(), null, sent, sent.organisation(), sent.phone(), subject.account(),
				subject.role());
	}

	/** A request for information: only the fields the pack names are read (MEZ-1). */
	@Transactional
	public void information(SentInquiry sent) {
		Inquiries offered = offered();
		List<String> asked = List.copyOf(offered.informationFields());
		List<FieldError> errors = new ArrayList<>();
		UUID course = null;
		if (asked.contains("course")) {
			course = this.courses.list()
				.stream()
				.filter(candidate -> candidate.id().value().equals(sent.course()))
				.map(candidate -> candidate.id().value())
				.findFirst()
				.orElse(null);
			if (course == null) {
				errors.add(new FieldError("course", sent.course() == null ? "required" : "inquiry.course"));
			}
		}
		checkSender(sent, asked.contains("name"), asked.contains("organisation"), asked.contains("phone"), errors);
		if (asked.contains("message")) {
			TextRule.PARAGRAPH.check("message", sent.message(), errors);
		}
		if (!offered.informationOpen() || !errors.isEmpty()) {
			throw new InvalidInput(errors.isEmpty() ? List.of(new FieldError("form", "inquiry.closed")) : errors);
		}
		Activity activity = activity();
		String role = answering(activity);
		SentInquiry kept = new SentInquiry(null, course, asked.contains("name") ? sent.firstName() : null,
				asked.contains("name") ? sent.lastName() : null, sent.email(), null, null,
				asked.contains("message") ? sent.message() : null, sent.language());
		store(InquiryKind.INFORMATION, null, course, kept, asked.contains("organisation") ? sent.organisation() : null,
				asked.contains("phone") ? sent.phone() : null, null, role);
	}

	private void checkSender(SentInquiry sent, boolean name, boolean organisation, boolean phone,
			List<FieldError> errors) {
		if (name) {
			required("firstName", sent.firstName(), TextRule.NAME, errors);
			required("lastName", sent.lastName(), TextRule.NAME, errors);
		}
		required("email", sent.email(), TextRule.EMAIL, errors);
		if (organisation) {
			TextRule.LINE.check("organisation", sent.organisation(), errors);
		}
		if (phone) {
			TextRule.NAME.check("phone", sent.phone(), errors);
			if (sent.phone() != null && sent.phone().strip().length() > PHONE_LENGTH) {
				errors.add(new FieldError("phone", "too-long"));
			}
		}
	}

	private static void required(String field, @Nullable String text, TextRule rule, List<FieldError> errors) {
		if (text == null || text.isBlank()) {
			errors.add(new FieldError(field, "required"));
		}
		else {
			rule.check(field, text, errors);
		}
	}

	private void store(InquiryKind kind, @Nullable String subject, @Nullable UUID course, SentInquiry sent,
			@Nullable String organisation, @Nullable String phone, @Nullable String account, @Nullable String role) {
		String email = String.valueOf(sent.email()).strip();
		String body = sent.message() == null || sent.message().isBlank() ? null : sent.message().strip();
		// The same form sent twice the same day is one message; asked again another day,
		// it is a new one.
		String fingerprint = Sha256.hex(String.join("\n", kind.name(), String.valueOf(subject), String.valueOf(course),
				email.toLowerCase(Locale.ROOT), String.valueOf(body), LocalDate.now(this.clock).toString()));
		String first = blankToNull(sent.firstName());
		String last = blankToNull(sent.lastName());
		String name = first == null ? email : first + " " + last;
		this.store.insert(fingerprint, () -> {
			PersonId person = this.addresses.personWith(email)
				.orElseGet(() -> first == null || last == null ? null : register(first, last, email, sent.language()));
			UUID filedWith = person == null ? null
					: this.organisations.ofContact(person).stream().findFirst().orElse(null);
			return new StoredMessage(UUID.randomUUID(), kind, subject, course, person, name, email,
					blankToNull(organisation), blankToNull(phone), filedWith, account, role, body, sent.language(),
					fingerprint, this.clock.instant(), LocalDate.now(this.clock));
		}).ifPresent(stored -> {
			this.audit.record(AuditEvent.of(AuditAction.CREATE, stored.person(),
					kind == InquiryKind.CONTACT ? "contact message received" : "information request received"));
			this.notices.tell(kind,
					subject == null ? null
							: offered().subject(subject).map(found -> found.name().in(Locale.ENGLISH)).orElse(subject),
					account, role);
		});
	}

	/**
	 * The sender as a new person, unless an erasure mark matches them: then the message
	 * is kept without a person, and the form says nothing of the mark. A detail the
	 * person's rules refuse is named on the form's own field.
	 */
	private @Nullable PersonId register(String first, String last, String email, @Nullable String language) {
		return this.persons.senderUnlessErased(first, last, email, language).orElse(null);
	}

	/**
	 * The first role of those the activity gives access that answers messages in the back
	 * office; the coordinators when none does.
	 */
	private static String answering(@Nullable Activity activity) {
		if (activity != null) {
			for (String named : activity.access()) {
				for (Role role : Role.values()) {
					if (role.namedIn(List.of(named)) && answers(role)) {
						return named;
					}
				}
			}
		}
		return "coordinator";
	}

	private static boolean answers(Role role) {
		return role.isStaff() && role.permissions().contains(Permission.ANSWER_INQUIRIES);
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
