package org.tutela.retention;

import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.tutela.TutelaApplication;
import org.tutela.retention.sweep.SweepEngine;
import org.tutela.retention.sweep.SweepEngine.Begun;
import org.tutela.testing.Staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two application instances on one database: whichever takes the lease runs the sweeps,
 * the other is refused until the run has ended, however close together they start. On
 * PostgreSQL only: the embedded database is for a single node.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "tutela.test.database", matches = "postgres")
@DirtiesContext
class TwoNodesTests {

	private static final int ROUNDS = 10;

	@Autowired
	SweepEngine engine;

	@Test
	void twoInstancesNeverRunTheSweepsAtOnce() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try (ConfigurableApplicationContext other = new SpringApplicationBuilder(TutelaApplication.class)
			.properties("server.port=0")
			.run()) {
			SweepEngine there = other.getBean(SweepEngine.class);
			for (int round = 0; round < ROUNDS; round++) {
				CyclicBarrier together = new CyclicBarrier(2);
				Future<Optional<Begun>> first = threads.submit(() -> {
					together.await();
					return this.engine.begin(true, "node-a");
				});
				Future<Optional<Begun>> second = threads.submit(() -> {
					together.await();
					return there.begin(true, "node-b");
				});
				Optional<Begun> here = first.get();
				Optional<Begun> away = second.get();

				assertThat(Stream.of(here, away).filter(Optional::isPresent)).as("round %d", round).hasSize(1);
				assertThat(this.engine.begin(true, "node-a")).as("refused while the run holds the lease").isEmpty();
				assertThat(there.begin(true, "node-b")).isEmpty();
				assertThatThrownBy(() -> Staff.as(() -> other.getBean(Retention.class).start(true), "retention.manage"))
					.isInstanceOf(SweepsBusy.class);

				here.ifPresent(this.engine::execute);
				away.ifPresent(there::execute);
			}
			Optional<Begun> afterwards = there.begin(true, "node-b");
			assertThat(afterwards).as("free again once the run has ended").isPresent();
			afterwards.ifPresent(there::execute);
		}
		finally {
			threads.shutdownNow();
		}
	}

}
