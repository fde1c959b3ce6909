package org.tutela.identity.mfa;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tutela.identity.account.Account;
import org.tutela.platform.mail.MailDelivery;
import org.tutela.platform.mail.OutgoingMail;

/**
 * Tells the holder of an account by mail that its second factor was locked after too many
 * wrong codes, and until when: someone else may know their password.
 */
@Component
class LockNotice {

	private final MailDelivery mail;

	private final MessageSource messages;

	private final Clock clock;

	LockNotice(MailDelivery mail, MessageSource messages, Clock clock) {
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
	}

	void tell(Account account, Instant until) {
		if (account.email() == null) {
			return;
		}
		Locale locale = LocaleContextHolder.getLocale();
		String end = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
			.withLocale(locale)
			.withZone(this.clock.getZone())
			.format(until);
		this.mail.send(new OutgoingMail(account.email(),
				this.messages.getMessage("secondFactor.locked.mail.subject", null, locale), this.messages
					.getMessage("secondFactor.locked.mail.text", new Object[] { account.displayName(), end }, locale)));
	}

}
