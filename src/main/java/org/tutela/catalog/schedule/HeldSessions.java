package org.tutela.catalog.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.catalog.SessionHeld;

/**
 * Finds the sessions whose end (the end hour of their last day, in the configured time
 * zone) has passed and announces each once ({@link SessionHeld}). The mark that a session
 * was announced is set in the transaction that publishes the event, and only where no
 * node set it first: whichever node finds a session first announces it, the others find
 * it taken.
 */
@Component
public class HeldSessions {

	private static final Logger log = LoggerFactory.getLogger(HeldSessions.class);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	HeldSessions(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	/** On the configured timer, on one node at a time. */
	@Scheduled(cron = "${tutela.catalog.held-cron}", zone = "${tutela.time-zone}")
	@SchedulerLock(name = "catalog-held-sessions")
	@Transactional
	void announceRegularly() {
		announce();
	}

	/** Announces the sessions held since the last check; how many. */
	@Transactional
	public int announce() {
		LocalDateTime now = LocalDateTime.now(this.clock);
		String due = """
				SELECT id, last_day, ends_at FROM catalog_session
				WHERE held_at IS NULL AND cancelled_at IS NULL AND last_day <= :today
				""";
		List<UUID> over = this.jdbc.sql(due)
			.param("today", now.toLocalDate())
			.query((row, number) -> new Due(row.getObject("id", UUID.class),
					row.getObject("last_day", LocalDate.class).atTime(row.getObject("ends_at", LocalTime.class))))
			.stream()
			.filter(session -> !session.end().isAfter(now))
			.map(Due::id)
			.toList();
		int announced = 0;
		for (UUID session : over) {
			int marked = this.jdbc.sql("UPDATE catalog_session SET held_at = :at WHERE id = :id AND held_at IS NULL")
				.param("at", OffsetDateTime.now(this.clock))
				.param("id", session)
				.update();
			if (marked == 1) {
				this.events.publishEvent(new SessionHeld(session));
				announced++;
			}
		}
		if (announced > 0) {
			log.info("Catalog: {} session(s) held and announced", announced);
		}
		return announced;
	}

	private record Due(UUID id, LocalDateTime end) {
	}

}
