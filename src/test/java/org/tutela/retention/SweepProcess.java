package org.tutela.retention;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.tutela.TutelaApplication;
import org.tutela.retention.sweep.SweepEngine;

/**
 * The application in a process of its own, running the sweeps once and stopping: for the
 * test that kills a node in the middle of a run ({@link KilledSweepTests}).
 */
public final class SweepProcess {

	private SweepProcess() {
	}

	public static void main(String[] args) {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TutelaApplication.class).run(args)) {
			SweepEngine engine = app.getBean(SweepEngine.class);
			engine.begin(false, "sweep-process").ifPresent(engine::execute);
		}
	}

}
