package org.tutela.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.catalog.Course;
import org.tutela.catalog.CourseCatalog;
import org.tutela.catalog.NewCourse;
import org.tutela.catalog.NewSession;
import org.tutela.catalog.Sessions;
import org.tutela.retention.SweepLine;
import org.tutela.retention.SweepRun;
import org.tutela.retention.run.RunStore;
import org.tutela.retention.sweep.SweepEngine;

/**
 * The retention sweep's throughput on PostgreSQL: registrations of sessions held more
 * than ten years ago, each with its signed attendance and evaluation link, anonymised by
 * the engine (batches of {@code tutela.retention.batch-size} over a keyset cursor, one
 * transaction each), next to one plain SQL statement per table doing the same to the same
 * rows in one transaction (the lower bound); at 100,000 and 1,000,000 rows, to show the
 * cost grows linearly.
 * {@code ./mvnw -Pbench-postgres test-compile exec:java@bench-retention}; recreates
 * {@code tutela_bench_retention}.
 */
public final class RetentionBench {

	private static final int[] SIZES = { 100_000, 1_000_000 };

	private static final Path RESULTS = Path.of("target", "bench", "retention-postgres.md");

	private static final String SIGNATURE = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk";

	private RetentionBench() {
	}

	public static void main(String[] args) throws Exception {
		List<String> lines = new ArrayList<>();
		try (PostgresBench bench = PostgresBench.start("tutela_bench_retention", "?reWriteBatchedInserts=true")) {
			ConfigurableApplicationContext app = bench.app();
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			List<UUID> sessions = plan(app, jdbc);
			SweepEngine engine = app.getBean(SweepEngine.class);
			RunStore runs = app.getBean(RunStore.class);
			TransactionTemplate transaction = app.getBean(TransactionTemplate.class);
			lines.add(
					"| Expired registrations | Engine: seconds | Engine: rows/s | Plain SQL: seconds | Plain SQL: rows/s | Engine / plain |");
			lines.add("|---:|---:|---:|---:|---:|---:|");
			double firstEngine = 0;
			int firstSize = 0;
			for (int size : SIZES) {
				load(jdbc, sessions, size);
				long start = System.nanoTime();
				SweepEngine.Begun begun = engine.begin(false, "bench").orElseThrow();
				engine.execute(begun);
				double engineSeconds = (System.nanoTime() - start) / 1e9;
				SweepRun run = runs.find(begun.run()).orElseThrow();
				long reached = run.lines()
					.stream()
					.filter(line -> "registrations".equals(line.kind()))
					.mapToLong(SweepLine::reached)
					.sum();
				check(jdbc, size, reached);

				load(jdbc, sessions, size);
				start = System.nanoTime();
				transaction.executeWithoutResult(status -> plain(jdbc));
				double plainSeconds = (System.nanoTime() - start) / 1e9;
				check(jdbc, size, size);

				lines
					.add(String.format(Locale.ROOT, "| %,d | %.1f | %,.0f | %.1f | %,.0f | %.2f |", size, engineSeconds,
							size / engineSeconds, plainSeconds, size / plainSeconds, plainSeconds / engineSeconds));
				if (firstSize == 0) {
					firstSize = size;
					firstEngine = engineSeconds;
				}
				else {
					lines.add("");
					lines.add(String.format(Locale.ROOT, "%dx the rows took %.1fx the time.", size / firstSize,
							engineSeconds / firstEngine));
				}
			}
		}
		PostgresBench.report(RESULTS, lines);
	}

	/**
	 * Ten one-day sessions held in 2010, on any course; the sweep reaches their
	 * registrations.
	 */
	private static List<UUID> plan(ConfigurableApplicationContext app, JdbcTemplate jdbc) {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("bench", null, "catalog.manage", "backoffice"));
		Course course = app.getBean(CourseCatalog.class)
			.add(new NewCourse("BENCH-OLD", "Bench course", "nl", false, 8, 20_000L, null, null, null, 80, 7, null));
		List<UUID> sessions = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			LocalDate first = LocalDate.now().plusDays(30 + i);
			UUID session = app.getBean(Sessions.class)
				.plan(new NewSession(course.id().value(), first, first, LocalTime.of(9, 0), LocalTime.of(17, 0), null,
						true, 200_000, "nl", List.of()))
				.id();
			jdbc.update("UPDATE catalog_session SET first_day = ?, last_day = ? WHERE id = ?",
					LocalDate.of(2010, 3, 1 + i), LocalDate.of(2010, 3, 1 + i), session);
			sessions.add(session);
		}
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("bench", null, "retention.manage"));
		return sessions;
	}

	/**
	 * {@code size} fresh registrations over the sessions, each present, signed and
	 * invited to evaluate.
	 */
	private static void load(JdbcTemplate jdbc, List<UUID> sessions, int size) {
		jdbc.execute("TRUNCATE enrolment_attendance, enrolment_evaluation_invite, enrolment_result_disclosure, "
				+ "enrolment_registration CASCADE");
		jdbc.execute("TRUNCATE retention_run_rule, retention_run");
		String sessionArray = "ARRAY[" + String.join(",", sessions.stream().map(id -> "'" + id + "'::uuid").toList())
				+ "]";
		jdbc.execute(
				"""
						INSERT INTO enrolment_registration (id, session_id, participant_id, registrant_id, status, source, ip_address,
							user_agent, registered_at)
						SELECT gen_random_uuid(), (%s)[1 + n %% 10], gen_random_uuid(), gen_random_uuid(), 'CONFIRMED', 'WEB_FORM',
							'192.0.2.' || (n %% 250), 'Mozilla/5.0 (bench)', timestamp WITH time zone '2010-01-15 10:00:00+00'
						FROM generate_series(1, %d) AS n"""
					.formatted(sessionArray, size));
		jdbc.execute("""
				INSERT INTO enrolment_attendance (registration_id, session_day, present, signature, recorded_at)
				SELECT r.id, s.first_day, TRUE, '%s', timestamp WITH time zone '2010-03-01 17:00:00+00'
				FROM enrolment_registration r JOIN catalog_session s ON s.id = r.session_id""".formatted(SIGNATURE));
		jdbc.execute(
				"""
						INSERT INTO enrolment_evaluation_invite (registration_id, token_hash, sent_at)
						SELECT id, replace(id::text, '-', ''), timestamp WITH time zone '2010-03-02 10:00:00+00' FROM enrolment_registration""");
		jdbc.execute("VACUUM ANALYZE enrolment_registration");
		jdbc.execute("VACUUM ANALYZE enrolment_attendance");
		jdbc.execute("VACUUM ANALYZE enrolment_evaluation_invite");
		System.out.printf(Locale.ROOT, "Loaded %,d expired registrations%n", size);
	}

	/**
	 * The same change as the engine's, one statement per table over every expired row.
	 */
	private static void plain(JdbcTemplate jdbc) {
		String expired = "SELECT r.id FROM enrolment_registration r JOIN catalog_session s ON s.id = r.session_id"
				+ " WHERE s.last_day <= DATE '2015-12-31' AND r.anonymised_on IS NULL";
		jdbc.update("UPDATE enrolment_attendance SET signature = NULL, recorded_by = NULL WHERE registration_id IN ("
				+ expired + ")");
		jdbc.update("DELETE FROM enrolment_evaluation_invite WHERE registration_id IN (" + expired + ")");
		jdbc.update("DELETE FROM enrolment_result_disclosure WHERE registration_id IN (" + expired + ")");
		jdbc.update("""
				UPDATE enrolment_registration SET participant_id = NULL, registrant_id = NULL, ip_address = NULL,
					user_agent = NULL, remark = NULL, cancel_token_hash = NULL, anonymised_on = CURRENT_DATE
				WHERE id IN (""" + expired + ")");
	}

	private static void check(JdbcTemplate jdbc, int size, long reached) {
		Long left = jdbc.queryForObject("SELECT COUNT(*) FROM enrolment_registration WHERE participant_id IS NOT NULL",
				Long.class);
		Long signed = jdbc.queryForObject("SELECT COUNT(*) FROM enrolment_attendance WHERE signature IS NOT NULL",
				Long.class);
		if (reached != size || left == null || left != 0 || signed == null || signed != 0) {
			throw new IllegalStateException("Not every expired registration was anonymised: reached " + reached + " of "
					+ size + ", " + left + " still linked, " + signed + " still signed");
		}
	}

}
