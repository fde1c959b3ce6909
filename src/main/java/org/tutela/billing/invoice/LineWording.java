package org.tutela.billing.invoice;

import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tutela.catalog.Session;
import org.tutela.register.Register;

/**
 * What an invoice line for a registration says, in the invoice's language: the course,
 * the session's days and the participant, and that a cancellation came after the course's
 * free term; why a credit note is issued; and the KMO-portefeuille project an invoice is
 * paid through.
 */
@Component
class LineWording {

	private final MessageSource messages;

	private final Register register;

	LineWording(MessageSource messages, Register register) {
		this.messages = messages;
		this.register = register;
	}

	/**
	 * The locale an invoice in this language is written in: its words, the organiser's
	 * country's ways.
	 */
	Locale locale(String language) {
		return new Locale(language, this.register.pack().home());
	}

	/**
	 * Why a credit note is issued, as its note says: finance's reason for an invoice
	 * credited in full, else the cancellations it credits.
	 */
	String creditNote(@Nullable String reason, Locale locale) {
		return reason != null ? reason : this.messages.getMessage("billing.credit-note.cancellations", null, locale);
	}

	/**
	 * The note of an invoice paid through the KMO-portefeuille: the client's project
	 * number and the organiser's registration with the wallet, which the client's payment
	 * through it names.
	 */
	String kmoPortefeuille(String project, String registration, Locale locale) {
		return this.messages.getMessage("billing.kmo-portefeuille", new Object[] { project, registration }, locale);
	}

	/** A member's fee's line: the year of membership it is for. */
	String membershipFee(Year year, Locale locale) {
		return this.messages.getMessage("billing.line.membership-fee", new Object[] { String.valueOf(year) }, locale);
	}

	String registration(Session session, String participant, boolean cancelledLate, Locale locale) {
		DateTimeFormatter days = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
		String held = session.firstDay().equals(session.lastDay()) ? days.format(session.firstDay())
				: days.format(session.firstDay()) + " – " + days.format(session.lastDay());
		return this.messages.getMessage(cancelledLate ? "billing.line.cancelled-late" : "billing.line.registration",
				new Object[] { session.course().title(locale), held, participant }, locale);
	}

}
