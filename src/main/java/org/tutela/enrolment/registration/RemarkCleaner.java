package org.tutela.enrolment.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes remarks such as food allergies once their session is over, as the packs' remarks
 * activity says ("delete 0 days after session end"): every hour, and at start-up.
 */
@Component
public class RemarkCleaner {

	private static final Logger log = LoggerFactory.getLogger(RemarkCleaner.class);

	private final RegistrationStore store;

	private final JdbcClient jdbc;

	private final Clock clock;

	RemarkCleaner(RegistrationStore store, JdbcClient jdbc, Clock clock) {
		this.store = store;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "1h", initialDelayString = "10s")
	@Transactional
	public int removeAfterSessions() {
		List<UUID> ended = this.jdbc.sql("""
				select distinct s.id from catalog_session s join enrolment_registration r on r.session_id = s.id
				where s.last_day < :today and r.remark is not null""")
			.param("today", LocalDate.now(this.clock))
			.query(UUID.class)
			.list();
		int removed = this.store.removeRemarks(ended);
		if (removed > 0) {
			log.info("Removed the remarks of {} registrations of {} sessions that are over", removed, ended.size());
		}
		return removed;
	}

}
