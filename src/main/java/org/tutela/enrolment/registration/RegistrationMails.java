package org.tutela.enrolment.registration;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.catalog.Session;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.RegistrationStatus;
import org.tutela.people.Addressee;
import org.tutela.people.MailAddresses;
import org.tutela.platform.mail.MailOutbox;
import org.tutela.platform.mail.OutgoingMail;
import org.tutela.platform.mail.OutgoingMail.Attachment;

/**
 * The messages a participant gets about their place, in their language: confirmed (with
 * the iCalendar invitation), on the waiting list, moved up from it, cancelled, the
 * session moved, and what the organiser writes to a session's participants. Each names
 * the cancellation link and the privacy notice; a participant registered by someone else
 * is told who did (MEN-4, GDPR Art. 14).
 */
@Component
public class RegistrationMails {

	private final MailAddresses addresses;

	private final MailOutbox mail;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	RegistrationMails(MailAddresses addresses, MailOutbox mail, MessageSource messages, Clock clock,
			@Value("${tutela.base-url}") String baseUrl) {
		this.addresses = addresses;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/**
	 * After registering: confirmed or waiting, with the link to cancel. A participant
	 * registered by their employer is told so, and told before any result exists when
	 * results go back to the employer (SKI-4). Where they ticked "keep me informed", the
	 * link that confirms it.
	 */
	public void registered(Registration registration, Session session, String cancelToken,
			@Nullable String keepInformedToken, boolean onBehalf, boolean resultsToEmployer) {
		this.addresses.of(registration.participant()).ifPresent(to -> {
			Locale locale = Locale.forLanguageTag(to.language());
			String key = registration.status() == RegistrationStatus.CONFIRMED ? "enrolment.mail.confirmed"
					: "enrolment.mail.waiting";
			String text = message(key, locale, to.firstName(), session.course().title(locale), when(session, locale),
					where(session, locale)) + "\n\n"
					+ (onBehalf ? message("enrolment.mail.on-behalf", locale) + "\n\n" : "")
					+ (onBehalf && resultsToEmployer ? message("enrolment.mail.results", locale) + "\n\n" : "")
					+ (keepInformedToken == null ? ""
							: message("enrolment.mail.keep-informed", locale,
									this.baseUrl + "/registrations/keep-informed/" + keepInformedToken) + "\n\n")
					+ message("enrolment.mail.cancel", locale, this.baseUrl + "/registrations/cancel/" + cancelToken)
					+ "\n\n"
					+ message("enrolment.mail.privacy", locale, this.baseUrl + "/privacy?lang=" + locale.getLanguage());
			send(to, message(key + ".subject", locale, session.course().title(locale)), text,
					registration.status() == RegistrationStatus.CONFIRMED ? invitation(registration, session, locale)
							: List.of());
		});
	}

	/** A place came free and the first on the waiting list has it now. */
	public void promoted(Registration registration, Session session) {
		withInvitation(registration, session, "enrolment.mail.promoted");
	}

	/**
	 * The place is cancelled; when the fee is due, why: the course's terms for a late
	 * cancellation, else the organiser's decision.
	 */
	public void cancelled(Registration registration, Session session, boolean late, boolean feeDue) {
		this.addresses.of(registration.participant()).ifPresent(to -> {
			Locale locale = Locale.forLanguageTag(to.language());
			String fee = !feeDue ? ""
					: "\n\n" + (late
							? message("enrolment.mail.cancelled.late", locale, session.course().freeCancellationDays())
							: message("enrolment.mail.cancelled.fee", locale));
			String text = message(session.cancelled() ? "enrolment.mail.called-off" : "enrolment.mail.cancelled",
					locale, to.firstName(), session.course().title(locale), when(session, locale)) + fee;
			send(to, message("enrolment.mail.cancelled.subject", locale, session.course().title(locale)), text,
					List.of());
		});
	}

	/**
	 * The session moved: its new days, hours and place, with an invitation that updates
	 * the participant's calendar.
	 */
	public void rescheduled(Registration registration, Session session) {
		withInvitation(registration, session, "enrolment.mail.rescheduled");
	}

	/**
	 * A message staff wrote to the participants of a session, framed in the participant's
	 * language: whom it is for, which session it is about, and why they receive it.
	 */
	public void fromOrganiser(Addressee to, Session session, String subject, String text) {
		Locale locale = Locale.forLanguageTag(to.language());
		send(to, message("enrolment.mail.organiser.subject", locale, session.course().title(locale), subject),
				message("enrolment.mail.organiser", locale, to.firstName(), session.course().title(locale),
						when(session, locale)) + "\n\n" + text + "\n\n"
						+ message("enrolment.mail.organiser.why", locale),
				List.of());
	}

	/**
	 * A message naming the session's days, hours and place, with the invitation that puts
	 * them in the participant's calendar.
	 */
	private void withInvitation(Registration registration, Session session, String key) {
		this.addresses.of(registration.participant()).ifPresent(to -> {
			Locale locale = Locale.forLanguageTag(to.language());
			send(to, message(key + ".subject", locale, session.course().title(locale)), message(key, locale,
					to.firstName(), session.course().title(locale), when(session, locale), where(session, locale)),
					invitation(registration, session, locale));
		});
	}

	private List<Attachment> invitation(Registration registration, Session session, Locale locale) {
		return List.of(new Attachment("session.ics", "text/calendar; charset=UTF-8; method=PUBLISH",
				Invitation.of(registration.id(), session, session.course().title(locale), this.clock.getZone(),
						this.clock.instant())));
	}

	private void send(Addressee to, String subject, String text, List<Attachment> attachments) {
		this.mail.queue(new OutgoingMail(to.email(), subject, text, Map.of(), attachments));
	}

	private String when(Session session, Locale locale) {
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
		String days = session.firstDay().equals(session.lastDay()) ? date.format(session.firstDay())
				: date.format(session.firstDay()) + " – " + date.format(session.lastDay());
		return days + ", " + session.startsAt() + "–" + session.endsAt();
	}

	private String where(Session session, Locale locale) {
		return session.room() != null ? session.room().name() + ", " + session.room().address()
				: message("calendar.online", locale);
	}

	private String message(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

}
