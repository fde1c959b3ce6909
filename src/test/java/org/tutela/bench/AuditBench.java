package org.tutela.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.audit.trail.Sealer;
import org.tutela.audit.trail.Verifier;
import org.tutela.personaldata.PersonId;

/**
 * The cost of the audit trail: appends per second from concurrent writers while a sealer
 * links them, a registration-style insert rate with and without an audit entry in the
 * same transaction, and sealing and verifying a chain of a million entries.
 */
final class AuditBench {

	private static final int WRITERS = 8;

	private static final int TRANSACTIONS = 20_000;

	private static final int CHAIN = 1_000_000;

	private static final int INSERT_BATCH = 10_000;

	private final TransactionTemplate transactions;

	private final AuditTrail trail;

	private final JdbcClient jdbc;

	private final JdbcTemplate batches;

	private final Sealer sealer;

	private final Verifier verifier;

	AuditBench(ConfigurableApplicationContext app) {
		this.transactions = app.getBean(TransactionTemplate.class);
		this.trail = app.getBean(AuditTrail.class);
		this.jdbc = app.getBean(JdbcClient.class);
		this.batches = app.getBean(JdbcTemplate.class);
		this.sealer = app.getBean(Sealer.class);
		this.verifier = app.getBean(Verifier.class);
	}

	void run(Report report) throws Exception {
		this.jdbc
			.sql("CREATE TABLE bench_registration (id UUID PRIMARY KEY, person UUID NOT NULL, "
					+ "course VARCHAR(32) NOT NULL, created_at TIMESTAMP WITH TIME ZONE NOT NULL)")
			.update();
		concurrently(TRANSACTIONS / 4, false, false);
		report.figure("Registration inserts/s, no audit (" + WRITERS + " writers)",
				concurrently(TRANSACTIONS, false, false));
		report.figure("Registration inserts/s, with audit entry (" + WRITERS + " writers, sealer running)",
				concurrently(TRANSACTIONS, true, false));
		report.figure("Audit appends/s alone (" + WRITERS + " writers, sealer running)",
				concurrently(TRANSACTIONS, false, true));
		this.sealer.sealAll();
		bulkInsert(CHAIN);
		long start = System.nanoTime();
		long sealed = this.sealer.sealAll();
		report.figure("Sealing " + sealed + " entries (entries/s)", sealed / seconds(start));
		start = System.nanoTime();
		long checked = this.verifier.verify().checked();
		report.figure("Verifying the whole chain of " + checked + " entries (s)", seconds(start));
	}

	/**
	 * Runs transactions on several threads while another thread keeps sealing; returns
	 * transactions/s.
	 */
	private double concurrently(int count, boolean register, boolean auditAlone) throws Exception {
		AtomicBoolean writing = new AtomicBoolean(true);
		ExecutorService threads = Executors.newFixedThreadPool(WRITERS + 1);
		Future<?> sealing = threads.submit(() -> {
			while (writing.get()) {
				this.sealer.sealAll();
			}
		});
		long start = System.nanoTime();
		List<Future<?>> writers = new ArrayList<>();
		for (int w = 0; w < WRITERS; w++) {
			writers.add(threads.submit(() -> {
				for (int i = 0; i < count / WRITERS; i++) {
					this.transactions.executeWithoutResult(status -> work(register, auditAlone));
				}
			}));
		}
		for (Future<?> writer : writers) {
			writer.get();
		}
		double rate = count / seconds(start);
		writing.set(false);
		sealing.get();
		threads.shutdown();
		return rate;
	}

	private void work(boolean audit, boolean auditAlone) {
		PersonId person = PersonId.random();
		if (!auditAlone) {
			this.jdbc.sql("INSERT INTO bench_registration VALUES (?, ?, ?, ?)")
				.params(UUID.randomUUID(), person.value(), "VCA-BASIS", Instant.now().atOffset(ZoneOffset.UTC))
				.update();
		}
		if (audit || auditAlone) {
			this.trail.record("bench", "COORDINATOR", AuditEvent.read(person, "registration", "first_name", "email"));
		}
	}

	/**
	 * Inserts entries as the application would, but in large batches, to build a long
	 * chain quickly.
	 */
	private void bulkInsert(int count) {
		for (int done = 0; done < count; done += INSERT_BATCH) {
			List<Object[]> rows = new ArrayList<>(INSERT_BATCH);
			for (int i = 0; i < INSERT_BATCH; i++) {
				rows.add(new Object[] { Instant.now().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC), "bench",
						"COORDINATOR", "READ", UUID.randomUUID().toString().replace("-", "") + "0".repeat(32),
						"registration", "email,first_name", UUID.randomUUID().toString() });
			}
			this.batches
				.batchUpdate("INSERT INTO audit_entry (occurred_at, actor, actor_roles, action, subject, purpose, "
						+ "fields, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

}
