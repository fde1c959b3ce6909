package org.tutela.enrolment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.enrolment.registration.RegistrationMails;
import org.tutela.people.Addressee;
import org.tutela.people.MailAddresses;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;

/**
 * Staff write to the participants of a session (a changed entrance, what to bring): each
 * participant with a place gets the message through the mail outbox, framed in their own
 * language, and each use of their address is recorded in the audit trail.
 */
@Service
public class ParticipantMail {

	private final Sessions sessions;

	private final Registrations registrations;

	private final RegistrationFields fields;

	private final MailAddresses addresses;

	private final RegistrationMails mails;

	private final AuditTrail audit;

	ParticipantMail(Sessions sessions, Registrations registrations, RegistrationFields fields, MailAddresses addresses,
			RegistrationMails mails, AuditTrail audit) {
		this.sessions = sessions;
		this.registrations = registrations;
		this.fields = fields;
		this.addresses = addresses;
		this.mails = mails;
		this.audit = audit;
	}

	/** How many participants a message to the session reaches. */
	@PreAuthorize("hasAuthority('enrolment.manage')")
	@Transactional(readOnly = true)
	public int reached(UUID session) {
		return this.registrations.confirmed(this.sessions.get(session).id()).size();
	}

	/**
	 * Checks the subject (one line) and the message (lines) as the form's fields; refused
	 * with each broken rule by field.
	 */
	public static void check(String subject, String text) {
		List<FieldError> errors = new ArrayList<>();
		if (subject.isBlank()) {
			errors.add(new FieldError("subject", "required"));
		}
		TextRule.LINE.check("subject", subject, errors);
		if (text.isBlank()) {
			errors.add(new FieldError("message", "required"));
		}
		TextRule.PARAGRAPH.check("message", text, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
	}

	/** Sends the message to every participant with a place; how many were written to. */
	@PreAuthorize("hasAuthority('enrolment.manage')")
	@Transactional
	public int send(UUID sessionId, String subject, String text) {
		check(subject, text);
		Session session = this.sessions.get(sessionId);
		String purpose = this.fields.activity().id();
		int sent = 0;
		for (Registration registration : this.registrations.confirmed(session.id())) {
			Optional<Addressee> to = this.addresses.of(registration.participant());
			if (to.isPresent()) {
				this.mails.fromOrganiser(to.get(), session, subject.strip(), text.strip());
				this.audit.record(new AuditEvent(AuditAction.READ, registration.participant(), null, purpose,
						Set.of("contact_value"), "e-mailed by staff about a session"));
				sent++;
			}
		}
		return sent;
	}

}
