package org.tutela.incidents.authority;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.people.Addressee;
import org.tutela.platform.dates.Dates;
import org.tutela.platform.mail.MailOutbox;
import org.tutela.platform.mail.OutgoingMail;

/**
 * The mail that informs a client's contact of a request (MEN-22): the request's
 * reference, when the window to object closes and the link to the portal page where the
 * request is read and answered. What the request asks stays behind the sign-in.
 */
@Component
public class AuthorityMails {

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final Dates dates;

	private final String baseUrl;

	AuthorityMails(MailOutbox outbox, MessageSource messages, Dates dates,
			@Value("${tutela.base-url}") String baseUrl) {
		this.outbox = outbox;
		this.messages = messages;
		this.dates = dates;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	public void inform(Addressee contact, String reference, String client, UUID request, Instant objectionUntil) {
		Locale locale = Locale.forLanguageTag(contact.language());
		this.outbox.queue(new OutgoingMail(contact.email(),
				this.messages.getMessage("authority.mail.subject", new Object[] { reference }, locale),
				this.messages.getMessage("authority.mail.text", new Object[] { contact.firstName(), client, reference,
						this.dates.moment(objectionUntil, locale), this.baseUrl + "/me/authority-requests/" + request },
						locale),
				Map.of(), List.of()));
	}

}
