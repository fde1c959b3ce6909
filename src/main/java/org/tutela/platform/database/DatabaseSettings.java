package org.tutela.platform.database;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.Profiles;
import org.springframework.util.StringUtils;

/**
 * Decides which database Tutela uses before anything connects to it. Without a configured
 * {@code spring.datasource.url} the embedded default is an H2 file database in the data
 * directory; in production (profile {@code prod}) a missing or embedded database stops
 * the start with a message that says what to set. On PostgreSQL, connect and socket
 * timeouts are bounded so that no request hangs on a database that went away.
 */
class DatabaseSettings implements EnvironmentPostProcessor {

	static final String PRODUCTION_PROFILE = "prod";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean production = environment.acceptsProfiles(Profiles.of(PRODUCTION_PROFILE));
		String url = environment.getProperty("spring.datasource.url");
		Map<String, Object> defaults = new LinkedHashMap<>();
		if (!StringUtils.hasText(url)) {
			if (production) {
				throw new MissingProductionDatabase(null);
			}
			url = DatabaseUrl.of(environment);
			// First, not last: a URL set to empty means "none" and must not leave Spring
			// Boot
			// to pick a throw-away in-memory database.
			environment.getPropertySources()
				.addFirst(new MapPropertySource("tutelaEmbeddedDatabase", Map.of("spring.datasource.url", url,
						"spring.datasource.username", "sa", "spring.datasource.password", "")));
		}
		boolean embedded = url.startsWith("jdbc:h2:");
		if (production && embedded) {
			throw new MissingProductionDatabase(url);
		}
		if (url.startsWith("jdbc:postgresql:")) {
			defaults.putAll(postgresTimeouts());
		}
		defaults.put("tutela.database.embedded", embedded);
		defaults.put("tutela.demo-data.enabled", embedded && !production);
		environment.getPropertySources().addLast(new MapPropertySource("tutelaDatabaseDefaults", defaults));
	}

	private static Map<String, Object> postgresTimeouts() {
		String prefix = "spring.datasource.hikari.data-source-properties.";
		return Map.of(prefix + "connectTimeout", "5", prefix + "socketTimeout", "30", prefix + "loginTimeout", "5",
				prefix + "tcpKeepAlive", "true");
	}

}
