package org.tutela.audit.trail;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Verifies the whole chain every night on one node and keeps the result, so that a broken
 * chain shows on the dashboard the next morning even when nobody opened the audit page.
 */
@Component
class NightlyCheck {

	private final Verifier verifier;

	private final Checks checks;

	NightlyCheck(Verifier verifier, Checks checks) {
		this.verifier = verifier;
		this.checks = checks;
	}

	@Scheduled(cron = "${tutela.audit.check-cron}", zone = "${tutela.time-zone}")
	@SchedulerLock(name = "audit-check")
	void check() {
		this.checks.keep(this.verifier.verify());
	}

}
