package org.tutela.billing.payment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.billing.StructuredReference;
import org.tutela.billing.document.InvoiceFormat;
import org.tutela.billing.payment.PaymentStore.Balance;
import org.tutela.platform.dates.Dates;
import org.tutela.platform.mail.MailOutbox;
import org.tutela.platform.mail.OutgoingMail;
import org.tutela.register.Register;

/**
 * Reminds the buyer of each issued invoice with something left to pay, by mail in the
 * invoice's language, at each step of the pack's {@code billing.reminders} schedule (days
 * after the due date). Each step is claimed in the database before its mail is queued, so
 * that it goes out once whichever node runs the job; where the job finds an invoice past
 * several steps at once (the job did not run, or the schedule changed), only the latest
 * goes. A paid invoice is not reminded; one without an address to mail is left for
 * finance, who post it as a letter ({@link ReminderLetters}).
 */
@Component
public class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final PaymentStore store;

	private final Register register;

	private final MailOutbox mail;

	private final MessageSource messages;

	private final Dates dates;

	private final AuditTrail audit;

	private final Clock clock;

	Reminders(PaymentStore store, Register register, MailOutbox mail, MessageSource messages, Dates dates,
			AuditTrail audit, Clock clock) {
		this.store = store;
		this.register = register;
		this.mail = mail;
		this.messages = messages;
		this.dates = dates;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every hour, on one node at a time. */
	@Scheduled(fixedDelayString = "${tutela.billing.reminder-interval:1h}", initialDelayString = "2m")
	@SchedulerLock(name = "billing-reminders")
	void remindRegularly() {
		remind();
	}

	/** Sends the reminders due today; how many went. */
	@Transactional
	public int remind() {
		List<Integer> steps = this.register.pack().billing().reminderDays();
		if (steps.isEmpty()) {
			return 0;
		}
		LocalDate today = LocalDate.now(this.clock);
		Instant now = this.clock.instant();
		int reminded = 0;
		for (Balance invoice : this.store.unpaid(today)) {
			int step = stepDue(steps, invoice.dueDate(), today);
			if (step > invoice.lastStep() && invoice.buyerEmail() != null
					&& this.store.claimReminder(invoice.id(), step, now)) {
				this.mail.queue(reminder(invoice, step, steps.size()));
				this.audit.record(AuditEvent.of(AuditAction.CREATE, invoice.person(),
						"payment reminder " + step + " of invoice " + invoice.number() + " sent"));
				reminded++;
			}
		}
		if (reminded > 0) {
			log.info("Payment reminders: {} sent", reminded);
		}
		return reminded;
	}

	/** The latest step whose day has come; 0 for none. */
	static int stepDue(List<Integer> steps, LocalDate due, LocalDate today) {
		int step = 0;
		for (int i = 0; i < steps.size(); i++) {
			if (!today.isBefore(due.plusDays(steps.get(i)))) {
				step = i + 1;
			}
		}
		return step;
	}

	/**
	 * The step of the schedule whose day has come and that was not sent, for a buyer
	 * without an e-mail address, whom only a letter reaches; 0 for none.
	 */
	static int letterDue(Balance invoice, List<Integer> steps, LocalDate today) {
		if (invoice.buyerEmail() != null || invoice.handedOver() || invoice.openCents() <= 0) {
			return 0;
		}
		int step = stepDue(steps, invoice.dueDate(), today);
		return step > invoice.lastStep() ? step : 0;
	}

	private OutgoingMail reminder(Balance invoice, int step, int steps) {
		Locale locale = Locale.forLanguageTag(invoice.language());
		return new OutgoingMail(String.valueOf(invoice.buyerEmail()), subject(invoice, step, steps, locale),
				text(invoice, step, steps, locale));
	}

	/** What a reminder of this step is about, in the invoice's language. */
	String subject(Balance invoice, int step, int steps, Locale locale) {
		return word(step == steps ? "billing.reminder.last.subject" : "billing.reminder.subject", locale,
				invoice.number());
	}

	/**
	 * What a reminder of this step says, in the invoice's language: what is open, until
	 * when it was due, how to pay, and at the last step that a hand-over follows.
	 */
	String text(Balance invoice, int step, int steps, Locale locale) {
		InvoiceFormat format = InvoiceFormat.euros(new Locale(invoice.language(), "BE"));
		String text = word("billing.reminder.text", locale, invoice.number(),
				this.dates.day(invoice.issueDate(), locale), this.dates.day(invoice.dueDate(), locale),
				format.amount(invoice.openCents()), new StructuredReference(invoice.paymentReference()).toString(),
				invoice.iban() == null ? "" : format.iban(invoice.iban()));
		if (step == steps && this.register.pack().billing().handsOver()) {
			text = text + "\n\n" + word("billing.reminder.hand-over", locale);
		}
		return text;
	}

	private String word(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
