package org.tutela.retention.sweep;

import org.springframework.context.ApplicationContext;

/**
 * The nightly sweeps' check of whether they are due, run now, as the scheduler runs it
 * every minute: for tests that cannot wait for the timer.
 */
public final class NightlyCheck {

	private NightlyCheck() {
	}

	public static void runOn(ApplicationContext application) {
		application.getBean(NightlySweeps.class).sweepWhenDue();
	}

}
