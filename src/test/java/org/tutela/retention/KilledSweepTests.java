package org.tutela.retention;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.enrolment.Registration;
import org.tutela.retention.sweep.NightlyCheck;
import org.tutela.testing.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A node killed with {@code kill -9} in the middle of a sweep: a separate JVM runs the
 * sweeps a couple of records per transaction and is killed once it is part-way through
 * the course records. No registration is left half-anonymised; the next run marks the
 * killed one stopped and finishes the job. On PostgreSQL only: the embedded database lets
 * one process in at a time.
 */
@SpringBootTest(properties = { "tutela.retention.cron=0 0 0 * * *", "tutela.retention.check-interval=1h" })
@EnabledIfSystemProperty(named = "tutela.test.database", matches = "postgres")
class KilledSweepTests extends RetentionTest {

	private static final int REGISTRATIONS = 3000;

	@Autowired
	Retention retention;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext application;

	@Test
	void aSweepKilledMidRunLeavesNoRegistrationHalfAnonymisedAndTheNextRunFinishesIt() throws Exception {
		Registration first = this.fixtures.trained(LocalDate.of(2010, 3, 3), false);
		UUID session = first.session();
		copies(first, REGISTRATIONS - 1);
		tonightWithoutRuns();

		Instant began = Instant.now();
		Process node = sweepProcess();
		try {
			awaitPartWay(session, node);
			node.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		}
		finally {
			node.destroyForcibly();
		}

		int done = anonymised(session);
		assertThat(done).as("killed part-way").isPositive().isLessThan(REGISTRATIONS);
		assertThat(halfDone(session)).as("no registration half-anonymised").isZero();

		// The killed node's lease runs out (2 s here, a minute by default); the next look
		// of
		// the nightly check, on this node, finishes the night's work.
		Thread.sleep(3_000);
		NightlyCheck.runOn(this.application);

		assertThat(anonymised(session)).isEqualTo(REGISTRATIONS);
		assertThat(halfDone(session)).isZero();
		List<SweepRun> runs = Staff.as(() -> this.retention.history(50), "retention.manage")
			.stream()
			.filter(run -> run.startedAt().isAfter(began))
			.toList();
		assertThat(runs).filteredOn(run -> run.scheduled() && run.outcome() == RunOutcome.DONE).hasSize(1);
		assertThat(runs).filteredOn(run -> run.outcome() == RunOutcome.STOPPED)
			.singleElement()
			.satisfies(killed -> assertThat(killed.lines()).extracting(SweepLine::outcome)
				.as("no line of the killed run still waits or runs")
				.doesNotContain(SweepOutcome.WAITING, SweepOutcome.RUNNING)
				.contains(SweepOutcome.STOPPED));

		NightlyCheck.runOn(this.application);
		assertThat(Staff.as(() -> this.retention.history(50), "retention.manage"))
			.filteredOn(run -> run.startedAt().isAfter(began))
			.as("once a night")
			.hasSize(runs.size());
	}

	/**
	 * Runs other tests ended today (or on a day their clock was moved to) dated back to
	 * yesterday: the nightly check runs once a night, and this test needs tonight's run
	 * still to come, whatever the hour and whatever ran before it.
	 */
	private void tonightWithoutRuns() {
		Instant yesterday = Instant.now().minus(Duration.ofDays(1));
		this.jdbc.sql("UPDATE retention_run SET started_at = :yesterday WHERE started_at > :yesterday")
			.param("yesterday", yesterday.atOffset(ZoneOffset.UTC))
			.update();
	}

	/**
	 * Registrations like the first, each with its signed attendance and evaluation link.
	 */
	private void copies(Registration first, int count) {
		List<Object[]> registrations = new ArrayList<>();
		for (int n = 0; n < count; n++) {
			registrations.add(new Object[] { UUID.randomUUID(), UUID.randomUUID() });
		}
		for (Object[] row : registrations) {
			this.jdbc.sql("""
					INSERT INTO enrolment_registration (id, session_id, participant_id, status, source, registered_at)
					VALUES (:id, :session, :person, 'CONFIRMED', 'STAFF', :at)""")
				.param("id", row[0])
				.param("session", first.session())
				.param("person", row[1])
				.param("at", Instant.parse("2010-01-01T10:00:00Z").atOffset(ZoneOffset.UTC))
				.update();
			this.jdbc.sql("""
					INSERT INTO enrolment_attendance (registration_id, session_day, present, signature, recorded_at)
					VALUES (:id, :day, TRUE, :signature, :at)""")
				.param("id", row[0])
				.param("day", LocalDate.of(2010, 3, 3))
				.param("signature", RetentionFixtures.SIGNATURE)
				.param("at", Instant.parse("2010-03-03T10:00:00Z").atOffset(ZoneOffset.UTC))
				.update();
			this.jdbc.sql(
					"INSERT INTO enrolment_evaluation_invite (registration_id, token_hash, sent_at) VALUES (:id, :hash, :at)")
				.param("id", row[0])
				.param("hash", row[0].toString().replace("-", ""))
				.param("at", Instant.parse("2010-03-04T10:00:00Z").atOffset(ZoneOffset.UTC))
				.update();
		}
	}

	/**
	 * The application in a JVM of its own, on the same database, two records per
	 * transaction.
	 */
	private Process sweepProcess() throws Exception {
		Path java = Path.of(System.getProperty("java.home"), "bin", "java");
		List<String> command = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
				"-Dspring.datasource.url=" + System.getProperty("spring.datasource.url"),
				"-Dspring.datasource.username=" + System.getProperty("spring.datasource.username"),
				"-Dspring.datasource.password=" + System.getProperty("spring.datasource.password"),
				"-Dtutela.data-dir=" + System.getProperty("tutela.data-dir"), "-Dserver.port=0",
				"-Duser.timezone=" + TimeZone.getDefault().getID(), "-Dtutela.retention.batch-size=2",
				"-Dtutela.retention.lease=2s", SweepProcess.class.getName()));
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(new File(System.getProperty("java.io.tmpdir"), "tutela-sweep-process.log"))
			.start();
	}

	/**
	 * Waits until the process has anonymised some of the session's registrations, and not
	 * all.
	 */
	private void awaitPartWay(UUID session, Process node) throws InterruptedException {
		Instant give = Instant.now().plus(Duration.ofMinutes(3));
		while (Instant.now().isBefore(give) && node.isAlive()) {
			int done = anonymised(session);
			if (done > 20) {
				return;
			}
			Thread.sleep(10);
		}
		throw new AssertionError("the sweep process did not get under way (alive: " + node.isAlive() + ")");
	}

	private int anonymised(UUID session) {
		return this.jdbc.sql(
				"SELECT COUNT(*) FROM enrolment_registration WHERE session_id = :session AND anonymised_on IS NOT NULL")
			.param("session", session)
			.query(Integer.class)
			.single();
	}

	/**
	 * Registrations anonymised in part: unlinked but not marked, marked but still linked
	 * or signed or invited.
	 */
	private int halfDone(UUID session) {
		return this.jdbc
			.sql("""
					SELECT COUNT(*) FROM enrolment_registration r WHERE r.session_id = :session AND (
						(r.anonymised_on IS NULL AND r.participant_id IS NULL)
						OR (r.anonymised_on IS NOT NULL AND (r.participant_id IS NOT NULL
							OR EXISTS (SELECT 1 FROM enrolment_attendance a WHERE a.registration_id = r.id AND a.signature IS NOT NULL)
							OR EXISTS (SELECT 1 FROM enrolment_evaluation_invite i WHERE i.registration_id = r.id)))
						OR (r.anonymised_on IS NULL AND NOT EXISTS (SELECT 1 FROM enrolment_attendance a
							WHERE a.registration_id = r.id AND a.signature IS NOT NULL)))""")
			.param("session", session)
			.query(Integer.class)
			.single();
	}

}
