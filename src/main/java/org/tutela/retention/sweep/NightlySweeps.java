package org.tutela.retention.sweep;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tutela.retention.run.RunStore;
import org.tutela.retention.sweep.SweepEngine.Begun;

/**
 * Every night, the sweeps for real, on whichever node takes the lease first. A node that
 * finds the lease taken (another node's run, or a dry run the DPO started) tries again
 * later, unless a run for real has begun that day meanwhile.
 */
@Component
class NightlySweeps {

	private static final Logger log = LoggerFactory.getLogger(NightlySweeps.class);

	private static final Duration RETRY = Duration.ofMinutes(10);

	private static final int ATTEMPTS = 12;

	private final SweepEngine engine;

	private final RunStore runs;

	private final TaskScheduler scheduler;

	private final Clock clock;

	NightlySweeps(SweepEngine engine, RunStore runs, TaskScheduler scheduler, Clock clock) {
		this.engine = engine;
		this.runs = runs;
		this.scheduler = scheduler;
		this.clock = clock;
	}

	@Scheduled(cron = "${tutela.retention.cron}", zone = "${tutela.time-zone}")
	void sweep() {
		attempt(ATTEMPTS);
	}

	private void attempt(int left) {
		if (this.runs.ranSince(LocalDate.now(this.clock).atStartOfDay(this.clock.getZone()).toInstant())) {
			log.info("Retention: the sweeps have already run today");
			return;
		}
		Optional<Begun> begun = this.engine.begin(false, null);
		if (begun.isPresent()) {
			this.engine.execute(begun.get());
		}
		else if (left > 1) {
			log.info("Retention: another run holds the lease; trying again in {}", RETRY);
			this.scheduler.schedule(() -> attempt(left - 1), this.clock.instant().plus(RETRY));
		}
		else {
			log.warn("Retention: the lease stayed taken; tonight's sweeps did not run");
		}
	}

}
