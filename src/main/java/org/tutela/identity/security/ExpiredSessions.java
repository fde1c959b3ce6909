package org.tutela.identity.security;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * Removes expired sessions from the database every minute, on the application's own
 * scheduler (Spring Session's own timer is switched off), so that a database outage is
 * counted in the outage's log like every other job's.
 */
@Component
class ExpiredSessions {

	private final JdbcIndexedSessionRepository sessions;

	ExpiredSessions(JdbcIndexedSessionRepository sessions) {
		this.sessions = sessions;
	}

	@Scheduled(cron = "0 * * * * *")
	@SchedulerLock(name = "expired-sessions")
	void remove() {
		this.sessions.cleanUpExpiredSessions();
	}

}
