package org.tutela.enrolment.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.register.Register;
import org.tutela.register.RetentionRule;

/**
 * Removes remarks such as food allergies when the pack's remarks activity says, counted from
 * the session's last day ("delete 0 days after session end": the day after it); without such a
 * rule, once the session is over. Every hour, and shortly after start-up.
 */
@Component
public class RemarkCleaner {

	private static final Logger log = LoggerFactory.getLogger(RemarkCleaner.class);

	private final RegistrationStore store;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Register register;

	RemarkCleaner(RegistrationStore store, JdbcClient jdbc, Clock clock, Register register) {
		this.register = register;
		this.store = store;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The remarks activity's rule counted from the session, if the pack has one. */
	private @Nullable RetentionRule rule() {
		String activity = this.register.pack().training().remarks();
		if (activity == null) {
			return null;
		}
		return this.register.pack()
			.activity(activity)
			.flatMap(found -> found.retention()
				.stream()
				.filter(rule -> rule.anchor() == RetentionRule.Anchor.SESSION_END
						|| rule.anchor() == RetentionRule.Anchor.END_OF_CALENDAR_YEAR_OF_SESSION)
				.findFirst())
			.orElse(null);
	}

	@Scheduled(fixedDelayString = "1h", initialDelayString = "10s")
	@Transactional
	public int removeAfterSessions() {
		LocalDate today = LocalDate.now(this.clock);
		RetentionRule rule = rule();
		List<UUID> ended = new ArrayList<>();
		this.jdbc.sql("""
				select distinct s.id, s.last_day from catalog_session s join enrolment_registration r on r.session_id = s.id
				where s.last_day < :today and r.remark is not null""")
			.param("today", today)
			.query(row -> {
				LocalDate lastDay = row.getObject("last_day", LocalDate.class);
				if (rule == null || rule.dueFrom(lastDay).isBefore(today)) {
					ended.add(row.getObject("id", UUID.class));
				}
			});
		int removed = this.store.removeRemarks(ended);
		if (removed > 0) {
			log.info("Removed the remarks of {} registrations of {} sessions that are over", removed, ended.size());
		}
		return removed;
	}

}
