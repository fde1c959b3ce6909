package org.tutela.requests.fulfil;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.platform.MailOutbox;
import org.tutela.platform.OutgoingMail;

/** The e-mails of a request, in the person's language, queued with the change that causes them. */
@Component
public class RequestMails {

	private final MailOutbox outbox;

	private final MessageSource messages;

	RequestMails(MailOutbox outbox, MessageSource messages) {
		this.outbox = outbox;
		this.messages = messages;
	}

	/** Sends {@code requests.mail.<kind>.subject} and {@code requests.mail.<kind>} with the arguments. */
	public void send(String to, Locale locale, String kind, Object... arguments) {
		this.outbox.queue(new OutgoingMail(to, message("requests.mail." + kind + ".subject", locale),
				message("requests.mail." + kind, locale, arguments), Map.of(), List.of()));
	}

	public String message(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

}
