package org.tutela.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.certification.archive.CertificateStore;
import org.tutela.certification.archive.VerificationCodes;
import org.tutela.enrolment.AttendanceBook;
import org.tutela.enrolment.Registration;
import org.tutela.identity.Caller;
import org.tutela.identity.Permission;
import org.tutela.people.Addressee;
import org.tutela.people.MailAddresses;
import org.tutela.platform.mail.MailOutbox;
import org.tutela.platform.mail.OutgoingMail;
import org.tutela.platform.pdf.PdfDocuments;

/**
 * Certificates: issued to the participants who completed a session by its course's
 * attendance rule, as a PDF with a verification code, mailed to them; verifiable by
 * anyone who has the code, showing only name, course, date and whether it is still valid.
 * Outside verification, certificates are reached only by staff who manage enrolment
 * (MEZ-8).
 */
@Service
public class Certificates {

	private final Sessions sessions;

	private final AttendanceBook attendance;

	private final CertificateStore store;

	private final MailAddresses addresses;

	private final PdfDocuments pdfs;

	private final MailOutbox mail;

	private final MessageSource messages;

	private final AuditTrail audit;

	private final Clock clock;

	private final String baseUrl;

	Certificates(Sessions sessions, AttendanceBook attendance, CertificateStore store, MailAddresses addresses,
			PdfDocuments pdfs, MailOutbox mail, MessageSource messages, AuditTrail audit, Clock clock,
			@Value("${tutela.base-url}") String baseUrl) {
		this.sessions = sessions;
		this.attendance = attendance;
		this.store = store;
		this.addresses = addresses;
		this.pdfs = pdfs;
		this.mail = mail;
		this.messages = messages;
		this.audit = audit;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * Issues a certificate to every participant of the session who completed it and has
	 * none yet, and mails it to them; the certificates issued now.
	 */
	@PreAuthorize("hasAuthority('enrolment.manage')")
	@Transactional
	public List<Certificate> issue(UUID sessionId) {
		return issueCompleted(sessionId);
	}

	/**
	 * What {@link #issue} does, without a caller's permission: for the system, once the
	 * session is held ({@link HeldSessionCertificates}).
	 */
	@Transactional
	List<Certificate> issueCompleted(UUID sessionId) {
		Session session = this.sessions.get(sessionId);
		// Until its last hour has passed, the last day's attendance may still be coming
		// in.
		if (LocalDateTime.now(this.clock).isBefore(session.lastDay().atTime(session.endsAt()))) {
			throw new SessionNotOver(session);
		}
		List<Certificate> issued = new ArrayList<>();
		for (Registration registration : this.attendance.completed(session)) {
			if (this.store.issuedFor(registration.id())) {
				continue;
			}
			Addressee holder = this.addresses.of(registration.participant()).orElse(null);
			if (holder == null) {
				continue;
			}
			Certificate certificate = Certificate.completed(session, registration, holder, this.clock.instant());
			this.store.insert(certificate);
			this.audit.record(AuditEvent.of(AuditAction.CREATE, registration.participant(),
					"certificate issued for " + session.course().code()));
			send(certificate, holder);
			issued.add(certificate);
		}
		return issued;
	}

	/**
	 * How many participants of a session met the attendance rule and have no certificate
	 * yet: attendance recorded after the session was held, or a holder without an address
	 * then.
	 */
	@PreAuthorize("hasAuthority('enrolment.manage')")
	@Transactional(readOnly = true)
	public long toIssue(Session session) {
		return this.attendance.completed(session)
			.stream()
			.filter(registration -> !this.store.issuedFor(registration.id()))
			.count();
	}

	/**
	 * Those in the restricted archive (MEZ-8) only for a caller with the archive
	 * permission.
	 */
	@PreAuthorize("hasAuthority('enrolment.manage')")
	@Transactional(readOnly = true)
	public List<Certificate> ofSession(UUID session) {
		return this.store.ofSession(session, Caller.holds(Permission.READ_ARCHIVE));
	}

	@PreAuthorize("hasAuthority('enrolment.manage')")
	@Transactional
	public byte[] pdf(UUID id, Locale locale) {
		Certificate certificate = this.store.find(id, Caller.holds(Permission.READ_ARCHIVE))
			.orElseThrow(() -> new CertificateNotFound(id));
		this.audit.record(AuditEvent.read(certificate.person(), "certification", "certificate"));
		return render(certificate, locale);
	}

	/**
	 * The public check of a code: what the certificate says and whether it is valid
	 * today.
	 */
	@Transactional(readOnly = true)
	public Optional<Verification> verify(String code) {
		LocalDate today = LocalDate.now(this.clock);
		return this.store.byCode(VerificationCodes.normalise(code))
			.map(found -> new Verification(found.holderName(), found.courseTitle(), found.completedOn(),
					found.validUntil(), found.validOn(today)));
	}

	private void send(Certificate certificate, Addressee holder) {
		Locale locale = Locale.forLanguageTag(holder.language());
		this.mail.queue(new OutgoingMail(holder.email(),
				this.messages.getMessage("certificate.mail.subject", new Object[] { certificate.courseTitle() },
						locale),
				this.messages.getMessage("certificate.mail",
						new Object[] { holder.firstName(), certificate.courseTitle(), verificationUrl(certificate) },
						locale),
				Map.of(), List.of(new OutgoingMail.Attachment("certificate-" + certificate.code() + ".pdf",
						"application/pdf", render(certificate, locale)))));
	}

	private byte[] render(Certificate certificate, Locale locale) {
		Session session = this.sessions.get(certificate.session());
		return this.pdfs.render("certification/certificate-pdf", Map.of("certificate", certificate, "course",
				session.course(), "verification", verificationUrl(certificate)), locale);
	}

	private String verificationUrl(Certificate certificate) {
		return this.baseUrl + "/verify/" + certificate.code();
	}

}
