package org.tutela.audit.trail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.audit.ChainReport;
import org.tutela.audit.CheckedChain;

/**
 * The verifications of the chain as they were done, so that the last one can be shown
 * without walking the chain again. A report's problem names entries, never persons.
 */
@Repository
public class Checks {

	private final JdbcClient jdbc;

	private final Clock clock;

	Checks(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public void keep(ChainReport report) {
		this.jdbc
			.sql("INSERT INTO audit_check (checked_at, entries, unsealed, broken_at, problem) VALUES (?, ?, ?, ?, ?)")
			.params(this.clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC), report.checked(),
					report.unsealed(), report.brokenAt(),
					report.problem() == null ? null
							: report.problem().substring(0, Math.min(500, report.problem().length())))
			.update();
	}

	public Optional<CheckedChain> last() {
		return this.jdbc
			.sql("SELECT checked_at, entries, unsealed, broken_at, problem FROM audit_check ORDER BY id DESC LIMIT 1")
			.query((row, number) -> new CheckedChain(row.getObject("checked_at", OffsetDateTime.class).toInstant(),
					new ChainReport(row.getLong("entries"), row.getLong("unsealed"),
							row.getObject("broken_at", Long.class), row.getString("problem"))))
			.optional();
	}

}
