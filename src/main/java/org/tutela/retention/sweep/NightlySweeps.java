package org.tutela.retention.sweep;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Every night, the sweeps for real, on whichever node takes the lease first; the others skip. */
@Component
class NightlySweeps {

	private static final Logger log = LoggerFactory.getLogger(NightlySweeps.class);

	private final SweepEngine engine;

	NightlySweeps(SweepEngine engine) {
		this.engine = engine;
	}

	@Scheduled(cron = "${tutela.retention.cron}", zone = "${tutela.time-zone}")
	void sweep() {
		this.engine.begin(false, null).ifPresentOrElse(this.engine::execute,
				() -> log.info("Retention: another node is running the sweeps"));
	}

}
