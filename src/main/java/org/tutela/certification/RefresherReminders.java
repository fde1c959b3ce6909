package org.tutela.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.certification.archive.CertificateStore;
import org.tutela.people.MailAddresses;
import org.tutela.platform.dates.Dates;
import org.tutela.platform.mail.MailOutbox;
import org.tutela.platform.mail.OutgoingMail;
import org.tutela.register.PurposeGuard;
import org.tutela.register.Register;

/**
 * Tells holders that their certificate runs out and a refresher is due (MEN-4), once,
 * within the notice period before it expires, and only where the pack's registration
 * activity still allows contacting them: the purpose guard has the last word (an
 * objection or a restriction stops the reminder, and the refusal is audited). Each
 * reminder is claimed with a conditional update before it is queued, so two nodes never
 * send the same one.
 */
@Component
public class RefresherReminders {

	private static final Logger log = LoggerFactory.getLogger(RefresherReminders.class);

	private final CertificateStore store;

	private final PurposeGuard guard;

	private final Register register;

	private final MailAddresses addresses;

	private final MailOutbox mail;

	private final MessageSource messages;

	private final Dates dates;

	private final Clock clock;

	private final int noticeDays;

	RefresherReminders(CertificateStore store, PurposeGuard guard, Register register, MailAddresses addresses,
			MailOutbox mail, MessageSource messages, Dates dates, Clock clock,
			@Value("${tutela.certification.refresher-notice-days:60}") int noticeDays) {
		this.store = store;
		this.guard = guard;
		this.register = register;
		this.addresses = addresses;
		this.mail = mail;
		this.messages = messages;
		this.dates = dates;
		this.clock = clock;
		this.noticeDays = noticeDays;
	}

	/** Every six hours, on one node at a time. */
	@Scheduled(fixedDelayString = "6h", initialDelayString = "1m")
	@SchedulerLock(name = "refresher-reminders")
	@Transactional
	void remindRegularly() {
		remind();
	}

	/** Sends the reminders due today; the number sent. */
	@Transactional
	public int remind() {
		if (!this.register.pack().training().open()) {
			return 0;
		}
		String purpose = this.register.pack().training().registration();
		LocalDate today = LocalDate.now(this.clock);
		List<Certificate> due = this.store.expiringUnreminded(today, today.plusDays(this.noticeDays));
		int sent = 0;
		for (Certificate certificate : due) {
			if (!this.store.claimReminder(certificate.id(), this.clock.instant())) {
				continue;
			}
			if (this.guard.check(certificate.person(), purpose).allowed()) {
				sent += this.addresses.of(certificate.person()).map(holder -> {
					Locale locale = Locale.forLanguageTag(holder.language());
					this.mail.queue(new OutgoingMail(holder.email(),
							message("certificate.reminder.subject", locale, certificate.courseTitle()),
							message("certificate.reminder", locale, holder.firstName(), certificate.courseTitle(),
									this.dates.day(certificate.validUntil(), locale)),
							Map.of(), List.of()));
					return 1;
				}).orElse(0);
			}
		}
		if (!due.isEmpty()) {
			log.info("Refresher reminders: {} certificates due, {} reminders sent", due.size(), sent);
		}
		return sent;
	}

	private String message(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

}
