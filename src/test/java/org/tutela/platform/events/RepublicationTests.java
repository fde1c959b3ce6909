package org.tutela.platform.events;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.TutelaApplication;
import org.tutela.testing.Eventually;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An event whose listener dies mid-way stays an incomplete publication in the registry's
 * table, and the next start of the application, on the same database, hands it to the
 * listener again: nothing a module was told is lost with the node that was handling it.
 */
class RepublicationTests {

	/** Events the listener began to handle, across both starts. */
	static final Set<UUID> begun = ConcurrentHashMap.newKeySet();

	/** Events the listener finished handling, across both starts. */
	static final Set<UUID> handled = ConcurrentHashMap.newKeySet();

	/** While true, the listener dies before it finishes. */
	static volatile boolean dying;

	@Test
	void anEventWhoseListenerDiedIsHandledAfterTheRestart(@TempDir Path dataDir) {
		UUID id = UUID.randomUUID();
		dying = true;
		try (ConfigurableApplicationContext first = start(dataDir)) {
			TransactionTemplate transaction = first.getBean(TransactionTemplate.class);
			ApplicationEventPublisher events = first;
			transaction.executeWithoutResult(status -> events.publishEvent(new Pinged(id)));
			JdbcClient jdbc = first.getBean(JdbcClient.class);
			Eventually.holds("the listener began on the event", () -> begun.contains(id));
			assertThat(incomplete(jdbc)).containsExactly(Pinged.class.getName());
			assertThat(handled).doesNotContain(id);
		}

		dying = false;
		try (ConfigurableApplicationContext second = start(dataDir)) {
			JdbcClient jdbc = second.getBean(JdbcClient.class);
			Eventually.holds("the event was handled after the restart", () -> handled.contains(id));
			Eventually.holds("the publication is completed, and so deleted",
					() -> jdbc.sql("SELECT COUNT(*) FROM event_publication").query(Integer.class).single() == 0);
		}
	}

	private static List<String> incomplete(JdbcClient jdbc) {
		return jdbc.sql("SELECT event_type FROM event_publication WHERE completion_date IS NULL")
			.query(String.class)
			.list();
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		// An empty database URL asks for the embedded default in the data directory,
		// whatever the test run uses: both starts share it.
		return SpringApplication.run(new Class<?>[] { TutelaApplication.class, Listener.class },
				new String[] { "--server.port=0", "--tutela.data-dir=" + dataDir, "--spring.datasource.url=" });
	}

	/** The event of this test. */
	public record Pinged(UUID id) {
	}

	/** A listener that dies mid-way while {@link #dying}. */
	static class Listener {

		@ApplicationModuleListener
		void on(Pinged pinged) {
			begun.add(pinged.id());
			if (dying) {
				throw new IllegalStateException("the node went down while handling the event");
			}
			handled.add(pinged.id());
		}

	}

}
