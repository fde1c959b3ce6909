package org.tutela.dossiers.inspection;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.platform.mail.MailOutbox;
import org.tutela.platform.mail.OutgoingMail;

/**
 * The mails of absenteeism control. They name the control by its reference and link to
 * the portal; no mail carries a name, a date of the incapacity or the conclusion.
 */
@Component
public class ControlMails {

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final String baseUrl;

	ControlMails(MailOutbox outbox, MessageSource messages, @Value("${tutela.base-url}") String baseUrl) {
		this.outbox = outbox;
		this.messages = messages;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
	}

	/**
	 * Tells the contact who ordered the control that its report can be read in the
	 * portal.
	 */
	public void reportReady(String to, Locale locale, String reference, UUID control) {
		this.outbox.queue(new OutgoingMail(to,
				this.messages.getMessage("dossiers.mail.report-ready.subject", new Object[] { reference }, locale),
				this.messages.getMessage("dossiers.mail.report-ready",
						new Object[] { reference, this.baseUrl + "/me/controls/" + control }, locale),
				Map.of(), List.of()));
	}

}
