package org.tutela.platform.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The log of database outages: one line when requests or background jobs first find the
 * database away, one a minute while it stays away with how many were refused, and one
 * when it is back. A log that grew by thousands of stack traces a minute would hide
 * everything else, and fill the disk before anyone looked.
 */
@Component
public class DatabaseOutages {

	private static final Logger log = LoggerFactory.getLogger(DatabaseOutages.class);

	private static final Duration SUMMARY = Duration.ofMinutes(1);

	private final DataSource database;

	private final Clock clock;

	private @Nullable Instant since;

	private Instant summarised = Instant.EPOCH;

	private long refused;

	private long refusedSinceSummary;

	DatabaseOutages(DataSource database, Clock clock) {
		this.database = database;
		this.clock = clock;
	}

	/** A request or job was refused because the database could not be reached. */
	public synchronized void refused(Throwable failure) {
		Instant now = this.clock.instant();
		this.refused++;
		this.refusedSinceSummary++;
		if (this.since == null) {
			this.since = now;
			this.summarised = now;
			this.refusedSinceSummary = 0;
			// Only the class: driver messages can quote the statement and its values.
			log.warn("Database unavailable ({}): requests are answered 503 and background work waits until it is back",
					failure.getClass().getName());
		}
		else if (!now.isBefore(this.summarised.plus(SUMMARY))) {
			log.warn("Database still unavailable after {} s; {} requests or jobs refused in the last minute",
					Duration.between(this.since, now).toSeconds(), this.refusedSinceSummary);
			this.summarised = now;
			this.refusedSinceSummary = 0;
		}
	}

	/** While an outage lasts, asks the database every few seconds whether it is back. */
	@Scheduled(fixedDelayString = "${tutela.database.outage-check:5s}")
	void checkBack() {
		if (outageSince() == null) {
			return;
		}
		try (Connection connection = this.database.getConnection()) {
			if (connection.isValid(1)) {
				back();
			}
		}
		catch (SQLException stillAway) {
			// Counted by whoever is refused next; nothing more to say.
		}
	}

	private synchronized @Nullable Instant outageSince() {
		return this.since;
	}

	private synchronized void back() {
		if (this.since != null) {
			log.info("Database reachable again after {} s; {} requests or jobs were refused meanwhile",
					Duration.between(this.since, this.clock.instant()).toSeconds(), this.refused);
			this.since = null;
			this.refused = 0;
		}
	}

}
