package org.tutela.billing.payment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.billing.InvoiceNotFound;
import org.tutela.billing.ReminderLetterNotDue;
import org.tutela.billing.document.InvoiceFormat;
import org.tutela.billing.payment.PaymentStore.Balance;
import org.tutela.platform.pdf.PdfDocuments;
import org.tutela.register.Register;

/**
 * The reminder of a buyer without an e-mail address, as a letter to post: what the mail
 * would say, in the invoice's language, from the organiser to the buyer's address on the
 * invoice. Printing it records the step as sent, once, so that the next step and the
 * hand-over follow as for a mailed reminder.
 */
@Component
public class ReminderLetters {

	private final PaymentStore store;

	private final Reminders reminders;

	private final Register register;

	private final PdfDocuments pdfs;

	private final AuditTrail audit;

	private final Clock clock;

	ReminderLetters(PaymentStore store, Reminders reminders, Register register, PdfDocuments pdfs, AuditTrail audit,
			Clock clock) {
		this.store = store;
		this.reminders = reminders;
		this.register = register;
		this.pdfs = pdfs;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The letter of the step due; refused when none is due
	 * ({@link ReminderLetterNotDue}): the buyer is mailed, nothing is open, or the step
	 * was sent.
	 */
	public byte[] print(UUID invoice) {
		Balance balance = this.store.lockInvoice(invoice).orElseThrow(() -> new InvoiceNotFound(invoice));
		List<Integer> steps = this.register.pack().billing().reminderDays();
		LocalDate today = LocalDate.now(this.clock);
		int step = Reminders.letterDue(balance, steps, today);
		if (step == 0 || !this.store.claimReminder(invoice, step, this.clock.instant())) {
			throw new ReminderLetterNotDue(balance.number());
		}
		this.audit.record(AuditEvent.of(AuditAction.CREATE, balance.person(),
				"payment reminder " + step + " of invoice " + balance.number() + " printed to post"));
		Locale locale = new Locale(balance.language(), "BE");
		return this.pdfs.render("billing/reminder-letter-pdf",
				Map.of("parties", this.store.letterParties(invoice), "day", today, "subject",
						this.reminders.subject(balance, step, steps.size(), locale), "paragraphs",
						Arrays.asList(this.reminders.text(balance, step, steps.size(), locale).split("\n\n")), "format",
						InvoiceFormat.euros(locale)),
				locale);
	}

}
