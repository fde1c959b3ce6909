package org.tutela.requests.fulfil;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.people.Addressee;
import org.tutela.people.MailAddresses;
import org.tutela.platform.mail.MailOutbox;
import org.tutela.platform.mail.OutgoingMail;
import org.tutela.register.PolicyPack;
import org.tutela.register.Register;
import org.tutela.requests.DataRequest;
import org.tutela.requests.file.RequestStore;

/**
 * The e-mails of a request, in the person's language, queued with the change that causes
 * them: to the address the organisation holds for the person, else the one the request
 * came from.
 */
@Component
public class RequestMails {

	private final MailOutbox outbox;

	private final MessageSource messages;

	private final MailAddresses addresses;

	private final RequestStore store;

	private final PolicyPack pack;

	private final Clock clock;

	RequestMails(MailOutbox outbox, MessageSource messages, MailAddresses addresses, RequestStore store,
			Register register, Clock clock) {
		this.outbox = outbox;
		this.messages = messages;
		this.addresses = addresses;
		this.store = store;
		this.pack = register.pack();
		this.clock = clock;
	}

	/**
	 * Sends {@code requests.mail.<kind>.subject} and {@code requests.mail.<kind>} with
	 * the arguments.
	 */
	public void send(String to, Locale locale, String kind, Object... arguments) {
		this.outbox.queue(new OutgoingMail(to, message("requests.mail." + kind + ".subject", locale),
				message("requests.mail." + kind, locale, arguments), Map.of(), List.of()));
	}

	/**
	 * Tells the requester, greeted by first name before the arguments; without any
	 * address the request's file says the answer goes by post.
	 */
	public void tell(DataRequest request, String kind, Object... arguments) {
		Optional<Addressee> addressee = request.person() == null ? Optional.empty()
				: this.addresses.of(request.person());
		String to = addressee.map(Addressee::email).orElse(request.requesterEmail());
		if (to == null) {
			this.store.step(request.id(), "system", "not-mailed", "no e-mail address: answer by post",
					this.clock.instant());
			return;
		}
		Object[] all = new Object[arguments.length + 1];
		all[0] = addressee.map(Addressee::firstName).orElse(request.requesterName());
		System.arraycopy(arguments, 0, all, 1, arguments.length);
		send(to, locale(request), kind, all);
	}

	/**
	 * The language held for the person, else the one the request was written in, else
	 * English.
	 */
	public Locale locale(DataRequest request) {
		String written = request.language() == null ? "en" : request.language();
		return Locale.forLanguageTag(request.person() == null ? written
				: this.addresses.of(request.person()).map(Addressee::language).orElse(written));
	}

	/** Where to complain, and how to reach the DPO (MEZ-15). */
	public String complaintRoute(Locale locale) {
		return message("requests.complaint", locale, this.pack.authorityName(), this.pack.authorityUrl(),
				this.pack.dpoEmail());
	}

	public String message(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

	public static String date(LocalDate day, Locale locale) {
		return day.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
	}

}
