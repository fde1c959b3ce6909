package org.tutela.recruitment;

import java.time.Clock;
import java.time.LocalDate;
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
import org.tutela.platform.dates.Dates;
import org.tutela.platform.mail.MailOutbox;
import org.tutela.platform.mail.OutgoingMail;
import org.tutela.recruitment.application.VacancyStore;

/**
 * Reminds those who recruit, once per vacancy, of a procedure they seem to have forgotten
 * to end (ALL-4): its applications are kept until it ends, so a forgotten one keeps them
 * past what the policy promises (SKI-2). Each reminder is claimed before its mail is
 * queued, so that it goes out once whichever node runs the job.
 */
@Component
class ProcedureReminders {

	private static final Logger log = LoggerFactory.getLogger(ProcedureReminders.class);

	private final Vacancies vacancies;

	private final VacancyStore store;

	private final StaffAccounts accounts;

	private final MailOutbox mail;

	private final MessageSource messages;

	private final Dates dates;

	private final Clock clock;

	private final String baseUrl;

	ProcedureReminders(Vacancies vacancies, VacancyStore store, StaffAccounts accounts, MailOutbox mail,
			MessageSource messages, Dates dates, Clock clock, @Value("${tutela.base-url}") String baseUrl) {
		this.vacancies = vacancies;
		this.store = store;
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.dates = dates;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** Every hour, on one node at a time. */
	@Scheduled(fixedDelayString = "${tutela.recruitment.reminder-interval:1h}", initialDelayString = "1m")
	@SchedulerLock(name = "recruitment-procedure-reminders")
	void remindRegularly() {
		remind();
	}

	/** Sends the reminders due now; how many procedures they named. */
	@Transactional
	public int remind() {
		LocalDate today = LocalDate.now(this.clock);
		List<Vacancy> due = this.vacancies.forgotten()
			.stream()
			.filter(vacancy -> this.store.claimReminder(vacancy.id(), today))
			.toList();
		if (due.isEmpty()) {
			return 0;
		}
		List<String> recruiters = this.accounts.addressesHolding(Permission.RECRUITMENT);
		for (Vacancy vacancy : due) {
			Locale locale = Locale.ENGLISH;
			String subject = word("recruitment.reminder.subject", locale, vacancy.title());
			String text = word("recruitment.reminder.text", locale, vacancy.title(),
					this.dates.day(this.vacancies.quietSince(vacancy), locale), vacancy.applications(),
					this.baseUrl + "/admin/recruitment/" + vacancy.id());
			recruiters.forEach(address -> this.mail.queue(new OutgoingMail(address, subject, text)));
		}
		log.info("Recruitment: reminded of {} procedures still running", due.size());
		return due.size();
	}

	private String word(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
