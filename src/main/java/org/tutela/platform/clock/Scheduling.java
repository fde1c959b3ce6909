package org.tutela.platform.clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.tutela.platform.database.DatabaseOutages;
import org.tutela.platform.database.DatabaseUnavailable;

/**
 * Background work that runs on a timer: re-encryption after a key rotation, among others.
 * A job that fails because the database is away is counted in the outage's log, not
 * logged with its stack trace each time it runs; any other failure is logged in full.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class Scheduling {

	private static final Logger log = LoggerFactory.getLogger(Scheduling.class);

	@Bean
	ThreadPoolTaskSchedulerCustomizer outageAwareErrors(DatabaseOutages outages) {
		return scheduler -> scheduler.setErrorHandler(failure -> {
			if (DatabaseUnavailable.covers(failure)) {
				outages.refused(failure);
			}
			else {
				log.error("Unexpected error in a scheduled job", failure);
			}
		});
	}

}
