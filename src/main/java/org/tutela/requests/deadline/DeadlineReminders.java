package org.tutela.requests.deadline;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tutela.requests.DpoDesk;

/**
 * Every hour, reminds the DPO of the open requests due within the warning days or already
 * late (ALL-4). Each request is in at most one reminder a day, on any node, so a day's
 * reminders name each request once.
 */
@Component
class DeadlineReminders {

	private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

	private final DpoDesk desk;

	private final int warningDays;

	DeadlineReminders(DpoDesk desk, @Value("${tutela.requests.warning-days}") int warningDays) {
		this.desk = desk;
		this.warningDays = warningDays;
	}

	@Scheduled(fixedDelayString = "${tutela.requests.reminder-interval:1h}", initialDelayString = "1m")
	@SchedulerLock(name = "request-deadline-reminders")
	void remind() {
		int due = this.desk.remindDue(this.warningDays);
		if (due > 0) {
			log.info("Request deadlines: the DPO was reminded of {} requests", due);
		}
	}

}
