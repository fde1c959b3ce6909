package org.tutela.requests.file;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the requests from the public site whose confirmation link expired unopened:
 * nobody showed the address was theirs, so they cannot be answered, and what was typed is
 * not kept.
 */
@Component
public class UnconfirmedRequests {

	private static final Logger log = LoggerFactory.getLogger(UnconfirmedRequests.class);

	private final RequestStore store;

	private final Clock clock;

	UnconfirmedRequests(RequestStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
	}

	/** Every hour, on one node at a time. */
	@Scheduled(fixedDelayString = "${tutela.requests.reminder-interval:1h}", initialDelayString = "2m")
	@SchedulerLock(name = "unconfirmed-requests")
	@Transactional
	void deleteRegularly() {
		delete();
	}

	@Transactional
	public int delete() {
		int deleted = this.store.deleteUnconfirmed(this.clock.instant());
		if (deleted > 0) {
			log.info("Deleted {} requests whose confirmation link expired unopened", deleted);
		}
		return deleted;
	}

}
