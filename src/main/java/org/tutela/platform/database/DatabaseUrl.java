package org.tutela.platform.database;

import java.nio.file.Path;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The database Tutela uses, read from the settings alone: the configured
 * {@code spring.datasource.url}, or without one the embedded H2 file database in the data
 * directory. For the start-up ({@link DatabaseSettings}) and for commands that need
 * nothing but the database.
 */
public final class DatabaseUrl {

	private DatabaseUrl() {
	}

	public static String of(Environment environment) {
		String url = environment.getProperty("spring.datasource.url");
		return StringUtils.hasText(url) ? url : embedded(Path.of(environment.getProperty("tutela.data-dir", "./data")));
	}

	/** The user name that goes with {@link #of}: {@code sa} for the embedded database. */
	public static String username(Environment environment) {
		return StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				? environment.getProperty("spring.datasource.username", "") : "sa";
	}

	public static String password(Environment environment) {
		return StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				? environment.getProperty("spring.datasource.password", "") : "";
	}

	private static String embedded(Path dataDir) {
		// PostgreSQL mode and lower-case identifiers let one set of migrations serve
		// both.
		return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("tutela")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
	}

}
