package org.tutela.platform.clock;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.tutela.platform.database.DatabaseOutages;
import org.tutela.platform.database.DatabaseUnavailable;

/**
 * Background work that runs on a timer. Every job that acts for the whole installation
 * holds a lock in the database while it runs ({@code @SchedulerLock}, ShedLock; decision
 * 012), so with several nodes it runs on one at a time; a lock is given up at the end,
 * and one a killed node held runs out after its {@code lockAtMostFor} (a minute unless
 * the job says otherwise), so another node picks the job up. The lock's times are the
 * database's, not the nodes' clocks. A job that fails because the database is away is
 * counted in the outage's log, not logged with its stack trace each time it runs; any
 * other failure is logged in full.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT1M")
class Scheduling {

	private static final Logger log = LoggerFactory.getLogger(Scheduling.class);

	@Bean
	LockProvider jobLocks(DataSource database) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(database))
			.usingDbTime()
			.build());
	}

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
