package org.tutela.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.TutelaApplication;

/**
 * The application on a fresh PostgreSQL database of its own, for a bench: the database is
 * dropped and created on the server of {@code BENCH_POSTGRES_URL} (user
 * {@code BENCH_POSTGRES_USER}, password {@code BENCH_POSTGRES_PASSWORD}), and the data
 * directory is removed on close. Without a {@code --server.port} setting, no web server
 * is started.
 */
final class PostgresBench implements AutoCloseable {

	private final ConfigurableApplicationContext app;

	private final Path dataDir;

	private PostgresBench(ConfigurableApplicationContext app, Path dataDir) {
		this.app = app;
		this.dataDir = dataDir;
	}

	/**
	 * Starts on the database {@code database}, with {@code settings} added to the command
	 * line.
	 */
	static PostgresBench start(String database, String urlOptions, String... settings)
			throws SQLException, IOException {
		String server = System.getenv().getOrDefault("BENCH_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/");
		String user = System.getenv().getOrDefault("BENCH_POSTGRES_USER", "postgres");
		try (Connection admin = DriverManager.getConnection(server + "postgres", user,
				System.getenv("BENCH_POSTGRES_PASSWORD")); Statement statement = admin.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + database);
			statement.execute("CREATE DATABASE " + database);
		}
		Path dataDir = Files.createTempDirectory("tutela-bench-");
		List<String> arguments = new ArrayList<>(List.of("--tutela.data-dir=" + dataDir,
				"--tutela.demo-data.enabled=false", "--spring.datasource.url=" + server + database + urlOptions,
				"--spring.datasource.username=" + user));
		if (Arrays.stream(settings).noneMatch(setting -> setting.startsWith("--server.port="))) {
			arguments.add("--server.port=-1");
		}
		arguments.addAll(List.of(settings));
		return new PostgresBench(SpringApplication.run(TutelaApplication.class, arguments.toArray(String[]::new)),
				dataDir);
	}

	ConfigurableApplicationContext app() {
		return this.app;
	}

	/** Writes the results as Markdown to the file and to the console. */
	static void report(Path results, List<String> lines) throws IOException {
		String markdown = String.join("\n", lines) + "\n";
		Files.createDirectories(results.getParent());
		Files.writeString(results, markdown);
		System.out.println(markdown);
	}

	@Override
	public void close() {
		SecurityContextHolder.clearContext();
		this.app.close();
		try (var paths = Files.walk(this.dataDir)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException unreadable) {
			throw new UncheckedIOException(unreadable);
		}
	}

}
