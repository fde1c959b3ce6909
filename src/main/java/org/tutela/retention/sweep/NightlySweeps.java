package org.tutela.retention.sweep;

import java.time.Clock;
import java.time.ZonedDateTime;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;
import org.tutela.retention.run.RunStore;

/**
 * Every night, the sweeps for real. Each node looks every minute, one node at a time:
 * once tonight's hour ({@code tutela.retention.cron}) has come and no run for real has
 * ended today, it takes the lease and runs them. A run another node holds is left to it;
 * a run a killed node left behind loses its lease within a minute, is marked stopped, and
 * the next look finishes its work, the same night.
 */
@Component
class NightlySweeps {

	private final SweepEngine engine;

	private final RunStore runs;

	private final Clock clock;

	private final @Nullable CronExpression hour;

	NightlySweeps(SweepEngine engine, RunStore runs, Clock clock, @Value("${tutela.retention.cron}") String hour) {
		this.engine = engine;
		this.runs = runs;
		this.clock = clock;
		this.hour = "-".equals(hour) ? null : CronExpression.parse(hour);
	}

	@Scheduled(fixedDelayString = "${tutela.retention.check-interval:1m}",
			initialDelayString = "${tutela.retention.check-interval:1m}")
	@SchedulerLock(name = "retention-nightly")
	void sweepWhenDue() {
		if (this.hour == null) {
			return;
		}
		ZonedDateTime now = ZonedDateTime.now(this.clock);
		ZonedDateTime midnight = now.toLocalDate().atStartOfDay(now.getZone());
		ZonedDateTime due = this.hour.next(midnight.minusSeconds(1));
		if (due == null || now.isBefore(due) || this.runs.endedSince(midnight.toInstant())) {
			return;
		}
		this.engine.begin(false, null).ifPresent(this.engine::execute);
	}

}
