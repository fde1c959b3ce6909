package org.tutela.retention.sweep;

import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.personaldata.ExpiringRecords;
import org.tutela.personaldata.ExpiringRecords.Due;
import org.tutela.personaldata.ExpiringRecords.Kind;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.RetentionAction;
import org.tutela.retention.RunOutcome;
import org.tutela.retention.SweepLine;
import org.tutela.retention.SweepOutcome;
import org.tutela.retention.hold.HeldPersons;
import org.tutela.retention.sweep.LeftPersons.Left;
import org.tutela.retention.run.RunStore;

/**
 * Runs the day's sweeps. Each batch is one transaction: the next records due after the
 * last key seen ({@code WHERE not yet processed AND key > last}, never an offset), those
 * of held persons left alone, the action applied to the rest and the line's counts added.
 * A crash at any point leaves whole batches behind it and none half-done; the next run
 * finds what is still due and finishes the job. A dry run walks the same records and
 * changes nothing.
 */
@Component
public class SweepEngine {

	private static final Logger log = LoggerFactory.getLogger(SweepEngine.class);

	/** The actions after which a record no longer names its persons. */
	private static final Set<RetentionAction> PASSING = Set.of(RetentionAction.DELETE, RetentionAction.ANONYMISE);

	private final SweepPlans plans;

	private final RunStore runs;

	private final HeldPersons held;

	private final SweepLease lease;

	private final NamedPersons named;

	private final LeftPersons left;

	private final TransactionTemplate batch;

	private final Clock clock;

	private final int batchSize;

	SweepEngine(SweepPlans plans, RunStore runs, HeldPersons held, SweepLease lease, NamedPersons named,
			LeftPersons left, PlatformTransactionManager transactions, Clock clock,
			@Value("${tutela.retention.batch-size:1000}") int batchSize) {
		this.plans = plans;
		this.runs = runs;
		this.held = held;
		this.lease = lease;
		this.named = named;
		this.left = left;
		this.batch = new TransactionTemplate(transactions);
		this.clock = clock;
		this.batchSize = batchSize;
	}

	/**
	 * A run begun: its record, whether it changes anything, and its sweeps in order. A
	 * dry run notes the records it would have deleted or anonymised, per kind, so that
	 * the persons they alone named are listed as the real run would reach them, and the
	 * persons messages and applications would have left behind, so that no later line
	 * counts them again.
	 */
	public record Begun(UUID run, boolean dryRun, List<PlannedSweep> plan,
			Map<ExpiringRecords, Set<String>> passedInDryRun, Set<String> leftInDryRun) {

		Begun(UUID run, boolean dryRun, List<PlannedSweep> plan) {
			this(run, dryRun, plan, new HashMap<>(), new HashSet<>());
		}

	}

	/**
	 * Takes the lease and records the run with a line per sweep; empty when another run
	 * holds the lease, on this node or another. Runs left going by a node that stopped
	 * are marked so. {@code startedBy}: the member of staff, or null for the nightly run.
	 */
	public Optional<Begun> begin(boolean dryRun, @Nullable String startedBy) {
		if (!this.lease.acquire()) {
			return Optional.empty();
		}
		try {
			int abandoned = this.runs.stopAbandoned(this.clock.instant());
			if (abandoned > 0) {
				log.warn("Retention: {} runs had stopped unfinished; this run finishes their work", abandoned);
			}
			List<PlannedSweep> plan = this.plans.on(LocalDate.now(this.clock));
			List<SweepLine> lines = plan.stream().map(SweepEngine::line).toList();
			return Optional.of(new Begun(
					this.runs.start(dryRun, startedBy, this.lease.node(), this.clock.instant(), lines), dryRun, plan));
		}
		catch (RuntimeException failed) {
			this.lease.release();
			throw failed;
		}
	}

	/** Sweeps every rule of the run in order, then gives the lease back. */
	public RunOutcome execute(Begun begun) {
		RunOutcome outcome = RunOutcome.DONE;
		SweepOutcome last = SweepOutcome.DONE;
		try {
			for (int position = 0; position < begun.plan().size() && outcome != RunOutcome.STOPPED; position++) {
				PlannedSweep sweep = begun.plan().get(position);
				if (sweep.records() == null) {
					continue;
				}
				if (sweep.personsLeft()) {
					// Counted by the batches of the sweep before it, and ended as it
					// ended.
					this.runs.line(begun.run(), position, last, null);
					continue;
				}
				last = SweepOutcome.FAILED;
				try {
					SweepOutcome swept = sweep(begun, position, sweep, sweep.records());
					last = swept;
					if (swept == SweepOutcome.STOPPED) {
						outcome = RunOutcome.STOPPED;
					}
					else if (swept == SweepOutcome.FAILED) {
						outcome = RunOutcome.FAILED;
					}
				}
				catch (RuntimeException failed) {
					log.error("Retention: the sweep '{}' of {} failed ({})", sweep.rule(), sweep.activity(),
							reason(failed));
					this.runs.line(begun.run(), position, SweepOutcome.FAILED, reason(failed));
					outcome = RunOutcome.FAILED;
				}
			}
			this.runs.finish(begun.run(), outcome, this.clock.instant());
			log.info("Retention: {} {} ended {}", begun.dryRun() ? "dry run" : "run", begun.run(), outcome);
			return outcome;
		}
		finally {
			this.lease.release();
		}
	}

	/**
	 * Ends a run that could not be started after it was begun, and gives the lease back.
	 */
	public void abandon(Begun begun) {
		try {
			this.runs.finish(begun.run(), RunOutcome.FAILED, this.clock.instant());
		}
		finally {
			this.lease.release();
		}
	}

	/**
	 * Batch after batch until the records run out; a batch the database refuses is tried
	 * again a record at a time, so that one record (a certificate still pointing at a
	 * registration, say) does not hold back the rest. STOPPED when the lease was lost,
	 * FAILED when records were refused.
	 */
	private SweepOutcome sweep(Begun begun, int position, PlannedSweep sweep, ExpiringRecords records) {
		UUID run = begun.run();
		long started = System.nanoTime();
		this.runs.line(run, position, SweepOutcome.RUNNING, null);
		String after = null;
		int refused = 0;
		String refusal = null;
		while (true) {
			String from = after;
			List<Due> due;
			try {
				Batch done = this.batch
					.execute(status -> step(begun, position, sweep, started, sweep.due(records, from, this.batchSize)));
				due = done.due();
			}
			catch (LeaseLost lost) {
				return stopped(run, position);
			}
			catch (DataAccessException refusedBatch) {
				due = this.batch.execute(status -> sweep.due(records, from, this.batchSize));
				for (Due record : due) {
					try {
						this.batch.execute(status -> step(begun, position, sweep, started, List.of(record)));
					}
					catch (LeaseLost lost) {
						return stopped(run, position);
					}
					catch (DataAccessException refusedRecord) {
						refused++;
						refusal = reason(refusedRecord);
					}
				}
			}
			if (due == null || due.size() < this.batchSize) {
				break;
			}
			after = due.get(due.size() - 1).key();
		}
		if (refused > 0) {
			log.error("Retention: the database refused {} records of the sweep '{}' of {} ({})", refused, sweep.rule(),
					sweep.activity(), refusal);
			this.runs.line(run, position, SweepOutcome.FAILED, refused + " records refused: " + refusal);
			return SweepOutcome.FAILED;
		}
		this.runs.line(run, position, SweepOutcome.DONE, null);
		return SweepOutcome.DONE;
	}

	/**
	 * One batch, in the caller's transaction: the lease renewed first (or the batch
	 * rolled back with {@link LeaseLost}), the records of held persons left alone, the
	 * action applied to the rest and the line's counts added.
	 */
	private Batch step(Begun begun, int position, PlannedSweep sweep, long started, List<Due> found) {
		if (!this.lease.renew()) {
			throw new LeaseLost();
		}
		ExpiringRecords records = sweep.records();
		List<Due> due = records != null && records.arePersons() ? unnamed(begun, found) : found;
		Set<PersonId> held = this.held.now();
		List<Due> freeRecords = due.stream()
			.filter(record -> record.persons().stream().noneMatch(held::contains))
			.toList();
		List<String> free = freeRecords.stream().map(Due::key).toList();
		long reached = begun.dryRun() || free.isEmpty() || records == null ? free.size()
				: records.apply(sweep.rule().action(), free);
		if (begun.dryRun() && records != null && PASSING.contains(sweep.rule().action())) {
			begun.passedInDryRun().computeIfAbsent(records, kind -> new HashSet<>()).addAll(free);
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		this.runs.progress(begun.run(), position, reached, due.size() - free.size(), millis);
		if (position + 1 < begun.plan().size() && begun.plan().get(position + 1).personsLeft()) {
			Left left = this.left.forget(
					freeRecords.stream().flatMap(record -> record.persons().stream()).collect(Collectors.toSet()),
					begun.passedInDryRun(), begun.leftInDryRun(), held, begun.dryRun());
			this.runs.progress(begun.run(), position + 1, left.reached(), left.held(), millis);
		}
		return new Batch(found);
	}

	/**
	 * The persons no record of another kind names any longer; those still named are not
	 * due, and not held back either.
	 */
	private List<Due> unnamed(Begun begun, List<Due> persons) {
		Set<PersonId> named = this.named.among(
				persons.stream().flatMap(person -> person.persons().stream()).collect(Collectors.toSet()),
				begun.passedInDryRun());
		return persons.stream()
			.filter(person -> !begun.leftInDryRun().contains(person.key()))
			.filter(person -> person.persons().stream().noneMatch(named::contains))
			.toList();
	}

	private SweepOutcome stopped(UUID run, int position) {
		log.warn("Retention: run {} lost its lease and stops; the next run finishes the job", run);
		this.runs.line(run, position, SweepOutcome.STOPPED, null);
		return SweepOutcome.STOPPED;
	}

	private static SweepLine line(PlannedSweep sweep) {
		Kind kind = sweep.kind();
		return new SweepLine(sweep.activity(), sweep.rule().toString(), kind == null ? null : kind.module(),
				kind == null ? null : kind.name(), sweep.cutoff(), 0, 0, 0,
				kind == null ? SweepOutcome.NOT_HELD_HERE : SweepOutcome.WAITING, null);
	}

	/**
	 * What went wrong, without any value from the data: the exception's kind and the
	 * database's state code.
	 */
	private static String reason(RuntimeException failed) {
		Throwable cause = failed;
		while (cause != null && !(cause instanceof SQLException)) {
			cause = cause.getCause();
		}
		return failed.getClass().getSimpleName() + (cause instanceof SQLException sql && sql.getSQLState() != null
				? " (SQL state " + sql.getSQLState() + ")" : "");
	}

	private record Batch(List<Due> due) {
	}

	/**
	 * The lease went to another node: this run must stop before it changes anything more.
	 */
	private static final class LeaseLost extends RuntimeException {

		private static final long serialVersionUID = 1L;

		LeaseLost() {
			super("the retention lease was lost", null, false, false);
		}

	}

}
