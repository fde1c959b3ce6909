package org.tutela.inquiries;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.catalog.Course;
import org.tutela.catalog.CourseCatalog;
import org.tutela.catalog.CourseId;
import org.tutela.identity.Caller;
import org.tutela.inquiries.message.MessageStore;
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
 * The back office's side of the messages: each account sees those routed to it or to its
 * role, and no other (CES-5); reads one with its thread, answers the sender by mail with
 * the answer kept in the thread, and closes it, which starts the period a "request
 * closed" rule counts. Every read and change is audited.
 */
@Service
public class Inbox {

	private final MessageStore store;

	private final Register register;

	private final Organisations organisations;

	private final Persons persons;

	private final CourseCatalog courses;

	private final MailOutbox mail;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final Clock clock;

	Inbox(MessageStore store, Register register, Organisations organisations, Persons persons, CourseCatalog courses,
			MailOutbox mail, MessageSource messages, AuditTrail audit, Clock clock) {
		this.store = store;
		this.register = register;
		this.organisations = organisations;
		this.persons = persons;
		this.courses = courses;
		this.mail = mail;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The open messages that go to the caller, newest first; with an organisation, every
	 * message of it that goes to the caller, closed ones too (its file).
	 */
	@PreAuthorize("hasAuthority('inquiries.answer')")
	@Transactional
	public List<Inquiry> open(@Nullable UUID organisation, Locale locale) {
		List<Course> courses = this.courses.list();
		List<Inquiry> found = this.store.openFor(Caller.name(), role(), organisation)
			.stream()
			.map(row -> inquiry(row, List.of(), courses, locale))
			.toList();
		found.forEach(inquiry -> read(inquiry, "sender_name", "sender_email", "subject"));
		return found;
	}

	@PreAuthorize("hasAuthority('inquiries.answer')")
	@Transactional
	public Inquiry get(UUID id, Locale locale) {
		Map<String, Object> row = visible(id);
		Inquiry inquiry = inquiry(row, this.store.replies(id), this.courses.list(), locale);
		read(inquiry, "sender_name", "sender_email", "sender_organisation", "sender_phone", "body");
		return inquiry;
	}

	/**
	 * Mails the answer to the sender, in the message's language, and keeps it in the
	 * thread.
	 */
	@PreAuthorize("hasAuthority('inquiries.answer')")
	@Transactional
	public void reply(UUID id, @Nullable String body) {
		Map<String, Object> row = visible(id);
		List<FieldError> errors = new ArrayList<>();
		if (body == null || body.isBlank()) {
			errors.add(new FieldError("body", "required"));
		}
		else {
			TextRule.PARAGRAPH.check("body", body, errors);
		}
		if (row.get("closed_on") != null) {
			errors.add(new FieldError("body", "inquiry.closed-already"));
		}
		else if (Boolean.TRUE.equals(row.get("restricted"))) {
			// GDPR Art. 18: while restricted, the sender's data is only kept.
			errors.add(new FieldError("body", "inquiry.restricted"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		String text = String.valueOf(body).strip();
		this.store.reply(id, text, Caller.name(), this.clock.instant());
		Locale language = Locale.forLanguageTag(String.valueOf(row.get("language")));
		this.mail.queue(new OutgoingMail(String.valueOf(row.get("sender_email")),
				this.messages.getMessage("inquiries.reply.subject",
						new Object[] { this.register.pack().controllers().get(0).name() }, language),
				text));
		PersonId sender = person(row);
		if (sender != null) {
			// The answer is a contact: the last one a rule can count from (CES-9).
			this.persons.contacted(sender);
		}
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, sender, "message answered"));
	}

	/** Closes the message: the day a "request closed" rule counts from. */
	@PreAuthorize("hasAuthority('inquiries.answer')")
	@Transactional
	public void close(UUID id) {
		Map<String, Object> row = visible(id);
		if (this.store.close(id, Caller.name(), LocalDate.now(this.clock))) {
			this.audit.record(AuditEvent.of(AuditAction.UPDATE, person(row), "message closed"));
		}
	}

	private Map<String, Object> visible(UUID id) {
		String role = role();
		return this.store.row(id)
			.filter(row -> Caller.name().equals(row.get("route_account"))
					|| (role != null && role.equals(row.get("route_role"))))
			.orElseThrow(() -> new InquiryNotFound(id));
	}

	private static @Nullable String role() {
		return Caller.role().map(role -> role.name().toLowerCase(Locale.ROOT).replace('_', '-')).orElse(null);
	}

	private void read(Inquiry inquiry, String... fields) {
		this.audit.record(inquiry.person() == null
				? AuditEvent.of(AuditAction.READ, null, "message read, sender not a known person")
				: AuditEvent.read(inquiry.person(), Receiving.PURPOSE, fields));
	}

	private static @Nullable PersonId person(Map<String, Object> row) {
		Object person = row.get("person_id");
		return person == null ? null : PersonId.of((UUID) person);
	}

	/**
	 * A message as staff read it; {@code courses} are those an information request names.
	 */
	private Inquiry inquiry(Map<String, Object> row, List<Reply> replies, List<Course> courses, Locale locale) {
		InquiryKind kind = InquiryKind.valueOf(String.valueOf(row.get("kind")));
		UUID organisation = (UUID) row.get("organisation_id");
		Object received = row.get("received_at");
		return new Inquiry((UUID) row.get("id"), kind, about(row, kind, courses, locale), person(row),
				String.valueOf(row.get("sender_name")), String.valueOf(row.get("sender_email")),
				(String) row.get("sender_organisation"), (String) row.get("sender_phone"), organisation,
				organisation == null ? null : this.organisations.name(organisation).orElse(null),
				(String) row.get("body"), instant(received), date(row.get("closed_on")), replies);
	}

	private String about(Map<String, Object> row, InquiryKind kind, List<Course> courses, Locale locale) {
		if (kind == InquiryKind.CONTACT) {
			String subject = String.valueOf(row.get("subject"));
			return this.register.pack()
				.inquiries()
				.subject(subject)
				.map(found -> found.name().in(locale))
				.orElseGet(() -> this.messages.getMessage("inquiries.subject.gone", null, locale));
		}
		Object course = row.get("course_id");
		String title = course == null ? ""
				: courses.stream()
					.filter(candidate -> candidate.id().equals(new CourseId((UUID) course)))
					.map(candidate -> candidate.title(locale))
					.findFirst()
					.orElse("");
		return this.messages.getMessage("inquiries.information.about", new Object[] { title }, locale);
	}

	private static java.time.Instant instant(@Nullable Object value) {
		if (value instanceof java.sql.Timestamp timestamp) {
			return timestamp.toInstant();
		}
		return value instanceof OffsetDateTime moment ? moment.toInstant() : java.time.Instant.EPOCH;
	}

	private static @Nullable LocalDate date(@Nullable Object value) {
		if (value instanceof java.sql.Date day) {
			return day.toLocalDate();
		}
		return value instanceof LocalDate day ? day : null;
	}

}
