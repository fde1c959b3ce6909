package org.tutela.retention;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.identity.Caller;
import org.tutela.people.Persons;
import org.tutela.personaldata.PersonId;
import org.tutela.retention.hold.HoldStore;
import org.tutela.retention.run.RunStore;
import org.tutela.retention.sweep.SweepEngine;
import org.tutela.retention.sweep.SweepEngine.Begun;

/**
 * The retention engine as the DPO sees it (ALL-4): the sweeps of the pack's rules, run
 * every night and on demand, for real or as a dry run, each run's history, and the legal
 * holds that keep a person's records out of every sweep.
 */
@Service
public class Retention {

	private final SweepEngine engine;

	private final RunStore runs;

	private final HoldStore holds;

	private final AuditTrail audit;

	private final TaskExecutor executor;

	private final Clock clock;

	private final Persons persons;

	Retention(SweepEngine engine, RunStore runs, HoldStore holds, AuditTrail audit, Persons persons,
			@Qualifier("applicationTaskExecutor") TaskExecutor executor, Clock clock) {
		this.engine = engine;
		this.runs = runs;
		this.holds = holds;
		this.audit = audit;
		this.executor = executor;
		this.clock = clock;
		this.persons = persons;
	}

	/**
	 * Starts a run of every sweep due today and returns at once; the run's lines show its
	 * progress. Refused while another run is going, on any node.
	 */
	@PreAuthorize("hasAuthority('retention.manage')")
	public UUID start(boolean dryRun) {
		Begun begun = begin(dryRun);
		try {
			this.executor.execute(new DelegatingSecurityContextRunnable(() -> this.engine.execute(begun)));
		}
		catch (TaskRejectedException refused) {
			this.engine.abandon(begun);
			throw refused;
		}
		return begun.run();
	}

	/** Runs every sweep due today in the caller's thread, to its end. */
	@PreAuthorize("hasAuthority('retention.manage')")
	public SweepRun run(boolean dryRun) {
		Begun begun = begin(dryRun);
		this.engine.execute(begun);
		return get(begun.run());
	}

	@PreAuthorize("hasAuthority('retention.manage')")
	@Transactional(readOnly = true)
	public SweepRun get(UUID run) {
		return this.runs.find(run).orElseThrow(() -> new RunNotFound(run));
	}

	/** The latest runs, newest first. */
	@PreAuthorize("hasAuthority('retention.manage')")
	@Transactional(readOnly = true)
	public List<SweepRun> history(int limit) {
		return this.runs.recent(limit);
	}

	@PreAuthorize("hasAuthority('retention.manage')")
	@Transactional(readOnly = true)
	public List<LegalHold> holds() {
		return this.holds.inForce();
	}

	/** Places a hold on a person's records; the person must exist. */
	@PreAuthorize("hasAuthority('retention.manage')")
	@Transactional
	public LegalHold hold(PersonId person, HoldReason reason, @Nullable String note) {
		this.persons.get(person);
		LegalHold placed = this.holds.place(person, reason, note == null || note.isBlank() ? null : note.strip(),
				Caller.name(), this.clock.instant());
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, person, "legal hold placed: " + reason));
		return placed;
	}

	@PreAuthorize("hasAuthority('retention.manage')")
	@Transactional
	public LegalHold lift(UUID hold) {
		LegalHold lifted = this.holds.lift(hold, Caller.name(), this.clock.instant())
			.orElseThrow(() -> new HoldNotFound(hold));
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, lifted.person(), "legal hold lifted: " + lifted.reason()));
		return lifted;
	}

	private Begun begin(boolean dryRun) {
		return this.engine.begin(dryRun, Caller.name()).orElseThrow(SweepsBusy::new);
	}

}
