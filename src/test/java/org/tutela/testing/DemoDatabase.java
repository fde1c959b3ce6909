package org.tutela.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.test.context.ContextConfiguration;
import org.tutela.platform.database.DatabaseUrl;

/**
 * The application on a database of its own, filled with the demo data a first start
 * loads, for tests that look at pages as someone trying the product would. The other
 * tests' records never meet the demo's.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ContextConfiguration(initializers = DemoDatabase.Separate.class)
public @interface DemoDatabase {

	class Separate implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		/** On PostgreSQL, beside the run's own database, and dropped with it. */
		private static String postgresName() {
			return TestDatabase.databaseName() + "_demo";
		}

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			Map<String, Object> properties = new HashMap<>();
			properties.put("tutela.demo-data.enabled", "true");
			// Keys, the audit chain's head and mail of its own, beside the run's.
			String demo = Path.of(System.getProperty("tutela.data-dir"), "demo").toString();
			properties.put("tutela.data-dir", demo);
			if (TestDatabase.isPostgres()) {
				TestDatabase.admin("CREATE DATABASE " + postgresName());
				properties.put("spring.datasource.url", TestDatabase.urlOf(postgresName()));
			}
			else {
				// The start-up has already put the run's own database in the settings.
				MockEnvironment embedded = new MockEnvironment().withProperty("tutela.data-dir", demo);
				properties.put("spring.datasource.url", DatabaseUrl.of(embedded));
				properties.put("spring.datasource.username", DatabaseUrl.username(embedded));
				properties.put("spring.datasource.password", DatabaseUrl.password(embedded));
			}
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("demo-database", properties));
		}

	}

}
