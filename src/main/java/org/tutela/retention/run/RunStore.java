package org.tutela.retention.run;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.retention.RunOutcome;
import org.tutela.retention.SweepLine;
import org.tutela.retention.SweepOutcome;
import org.tutela.retention.SweepRun;

/**
 * The record of every run of the sweeps and its lines: counts, kinds and durations, never
 * who.
 */
@Repository
public class RunStore {

	private final JdbcClient jdbc;

	RunStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public UUID start(boolean dryRun, @Nullable String startedBy, String node, Instant at, List<SweepLine> lines) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				INSERT INTO retention_run (id, dry_run, started_by, node, started_at, outcome)
				VALUES (:id, :dry, :by, :node, :at, 'RUNNING')""")
			.param("id", id)
			.param("dry", dryRun)
			.param("by", startedBy)
			.param("node", node)
			.param("at", utc(at))
			.update();
		for (int position = 0; position < lines.size(); position++) {
			SweepLine line = lines.get(position);
			this.jdbc
				.sql("""
						INSERT INTO retention_run_rule (run_id, position, activity, rule_text, module, kind, cutoff, reached, held,
							duration_ms, outcome)
						VALUES (:run, :position, :activity, :rule, :module, :kind, :cutoff, 0, 0, 0, :outcome)""")
				.param("run", id)
				.param("position", position)
				.param("activity", line.activity())
				.param("rule", line.rule())
				.param("module", line.module())
				.param("kind", line.kind())
				.param("cutoff", line.cutoff())
				.param("outcome", line.outcome().name())
				.update();
		}
		return id;
	}

	/**
	 * Runs a node left going when it stopped: marked stopped, and so are the line it was
	 * on and those it never reached; the next run does their work.
	 */
	public int stopAbandoned(Instant at) {
		this.jdbc.sql("""
				UPDATE retention_run_rule SET outcome = 'STOPPED' WHERE outcome IN ('RUNNING', 'WAITING')
				AND run_id IN (SELECT id FROM retention_run WHERE outcome = 'RUNNING')""").update();
		return this.jdbc
			.sql("UPDATE retention_run SET outcome = 'STOPPED', finished_at = :at WHERE outcome = 'RUNNING'")
			.param("at", utc(at))
			.update();
	}

	public void line(UUID run, int position, SweepOutcome outcome, @Nullable String failure) {
		this.jdbc.sql(
				"UPDATE retention_run_rule SET outcome = :outcome, failure = :failure WHERE run_id = :run AND position = :position")
			.param("outcome", outcome.name())
			.param("failure", failure)
			.param("run", run)
			.param("position", position)
			.update();
	}

	/** Adds a batch's counts to the line and sets the time it has taken so far. */
	public void progress(UUID run, int position, long reached, long held, long millis) {
		this.jdbc.sql("""
				UPDATE retention_run_rule SET reached = reached + :reached, held = held + :held, duration_ms = :millis
				WHERE run_id = :run AND position = :position""")
			.param("reached", reached)
			.param("held", held)
			.param("millis", millis)
			.param("run", run)
			.param("position", position)
			.update();
	}

	/**
	 * Whether a run for real began since then and did not stop half-way: running, done or
	 * failed.
	 */
	/**
	 * Whether a run for real has ended since then, done or failed; a run that was cut off
	 * or is still going does not count.
	 */
	public boolean endedSince(Instant since) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM retention_run
				WHERE dry_run = FALSE AND started_at >= :since AND outcome IN ('DONE', 'FAILED')""")
			.param("since", utc(since))
			.query(Integer.class)
			.single() > 0;
	}

	public void finish(UUID run, RunOutcome outcome, Instant at) {
		this.jdbc.sql("UPDATE retention_run SET outcome = :outcome, finished_at = :at WHERE id = :run")
			.param("outcome", outcome.name())
			.param("at", utc(at))
			.param("run", run)
			.update();
	}

	public Optional<SweepRun> find(UUID id) {
		return this.jdbc
			.sql("SELECT id, dry_run, started_by, started_at, finished_at, outcome FROM retention_run WHERE id = :id")
			.param("id", id)
			.query(this::run)
			.optional();
	}

	/** The latest runs, newest first. */
	public List<SweepRun> recent(int limit) {
		return this.jdbc.sql("""
				SELECT id, dry_run, started_by, started_at, finished_at, outcome FROM retention_run
				ORDER BY started_at DESC, id LIMIT :limit""").param("limit", limit).query(this::run).list();
	}

	private SweepRun run(ResultSet row, int number) throws SQLException {
		UUID id = row.getObject("id", UUID.class);
		OffsetDateTime finished = row.getObject("finished_at", OffsetDateTime.class);
		return new SweepRun(id, row.getBoolean("dry_run"), row.getString("started_by") == null,
				row.getObject("started_at", OffsetDateTime.class).toInstant(),
				finished == null ? null : finished.toInstant(), RunOutcome.valueOf(row.getString("outcome")),
				lines(id));
	}

	private List<SweepLine> lines(UUID run) {
		return this.jdbc.sql("""
				SELECT activity, rule_text, module, kind, cutoff, reached, held, duration_ms, outcome, failure
				FROM retention_run_rule WHERE run_id = :run ORDER BY position""")
			.param("run", run)
			.query((row, number) -> new SweepLine(row.getString("activity"), row.getString("rule_text"),
					row.getString("module"), row.getString("kind"), row.getObject("cutoff", LocalDate.class),
					row.getLong("reached"), row.getLong("held"), row.getLong("duration_ms"),
					SweepOutcome.valueOf(row.getString("outcome")), row.getString("failure")))
			.list();
	}

	private static OffsetDateTime utc(Instant at) {
		return at.atOffset(ZoneOffset.UTC);
	}

}
