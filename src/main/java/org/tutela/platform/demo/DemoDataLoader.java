package org.tutela.platform.demo;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty embedded database with every module's demo data on its first start, all
 * in one transaction, and remembers that it did so: demo data is loaded once, and never
 * again after its records have been changed or deleted.
 */
@Component
@ConditionalOnBooleanProperty("tutela.demo-data.enabled")
class DemoDataLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

	private final List<DemoData> contributions;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DemoDataLoader(List<DemoData> contributions, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
		this.contributions = contributions.stream().sorted(Comparator.comparingInt(DemoData::order)).toList();
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		boolean loaded = this.transaction.execute(status -> {
			if (this.jdbc.sql("SELECT COUNT(*) FROM platform_demo_data").query(Long.class).single() > 0) {
				return false;
			}
			this.contributions.forEach(DemoData::load);
			this.jdbc.sql("INSERT INTO platform_demo_data (loaded_at) VALUES (:now)")
				.param("now", OffsetDateTime.now(this.clock))
				.update();
			return true;
		});
		if (loaded) {
			log.info("Loaded demo data from {} modules", this.contributions.size());
		}
	}

}
