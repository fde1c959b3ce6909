package org.tutela.incidents.breach;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.identity.Permission;
import org.tutela.identity.StaffAccounts;
import org.tutela.incidents.Breach;
import org.tutela.incidents.BreachClock;
import org.tutela.platform.dates.Dates;
import org.tutela.platform.mail.MailOutbox;
import org.tutela.platform.mail.OutgoingMail;

/**
 * Escalates a breach's running clocks to the data protection officers by mail before they
 * pass (ALL-4): 24 hours before, 4 hours before, and once more, marked late, when a clock
 * has passed with nothing done. Each reminder is claimed in the database before it is
 * queued, so it goes out once whichever node runs the job; where the job finds a clock
 * already past a stage (a breach recorded late), only the most urgent reminder goes.
 */
@Component
public class BreachReminders {

	/** The stages, the most urgent first: hours before the clock passes. */
	static final List<Integer> STAGES = List.of(0, 4, 24);

	private static final Logger log = LoggerFactory.getLogger(BreachReminders.class);

	private final BreachStore store;

	private final StaffAccounts accounts;

	private final MailOutbox mail;

	private final MessageSource messages;

	private final Dates dates;

	private final Clock clock;

	private final String baseUrl;

	BreachReminders(BreachStore store, StaffAccounts accounts, MailOutbox mail, MessageSource messages, Dates dates,
			Clock clock, @Value("${tutela.base-url}") String baseUrl) {
		this.store = store;
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.dates = dates;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** Every five minutes, on one node at a time. */
	@Scheduled(fixedDelayString = "${tutela.incidents.reminder-interval:5m}", initialDelayString = "1m")
	@SchedulerLock(name = "breach-reminders")
	void remindRegularly() {
		remind();
	}

	/** Sends the reminders due now; how many clocks were escalated. */
	@Transactional
	public int remind() {
		Instant now = this.clock.instant();
		int reminded = 0;
		for (Breach breach : this.store.withOpenClocks()) {
			for (BreachClock clock : breach.clocks()) {
				if (clock.open() && remind(breach, clock, now)) {
					reminded++;
				}
			}
		}
		if (reminded > 0) {
			log.info("Breach reminders: {} clocks escalated", reminded);
		}
		return reminded;
	}

	private boolean remind(Breach breach, BreachClock clock, Instant now) {
		Integer stage = STAGES.stream()
			.filter(hours -> !now.isBefore(clock.due().minus(Duration.ofHours(hours))))
			.findFirst()
			.orElse(null);
		if (stage == null || !this.store.claimReminder(breach.id(), clock.kind(), stage, now)) {
			return false;
		}
		Locale locale = Locale.ENGLISH;
		String what = word("breach.clock." + clock.kind(), locale);
		String due = this.dates.moment(clock.due(), locale);
		String subject = stage == 0 ? word("breach.reminder.late.subject", locale, breach.reference(), what)
				: word("breach.reminder.subject", locale, breach.reference(), what, stage);
		String text = word("breach.reminder.text", locale, breach.reference(), breach.title(), what, due,
				this.baseUrl + "/admin/breaches/" + breach.id());
		this.accounts.addressesHolding(Permission.MANAGE_BREACHES)
			.forEach(address -> this.mail.queue(new OutgoingMail(address, subject, text)));
		return true;
	}

	private String word(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
