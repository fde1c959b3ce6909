package org.tutela.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives each test run a database of its own: a fresh H2 data directory, or with
 * {@code -Ppostgres} a fresh PostgreSQL database, created before the first test and
 * dropped after the last, so runs never see each other's data.
 */
public class TestDatabaseSession implements LauncherSessionListener {

	private Path dataDir;

	private String postgresDatabase;

	@Override
	public void launcherSessionOpened(LauncherSession session) {
		try {
			this.dataDir = Files.createTempDirectory("tutela-test-");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		System.setProperty("tutela.data-dir", this.dataDir.toString());
		if (TestDatabase.isPostgres()) {
			this.postgresDatabase = "tutela_test_" + UUID.randomUUID().toString().replace("-", "");
			TestDatabase.admin("create database " + this.postgresDatabase);
			// A test database is thrown away after the run: its commits need not wait
			// for the write-ahead log to reach the disk, which on a slow disk is most of
			// a test's time. What each commit makes visible is unchanged.
			TestDatabase.admin("ALTER DATABASE " + this.postgresDatabase + " SET synchronous_commit = off");
			System.setProperty("spring.datasource.url", TestDatabase.urlOf(this.postgresDatabase));
			System.setProperty("spring.datasource.username", TestDatabase.username());
			System.setProperty("spring.datasource.password", TestDatabase.password());
			// Every cached test context keeps its own pool: on PostgreSQL an idle one
			// holds
			// two connections and lets the rest go after 30 s, so that the contexts of a
			// whole run stay within the server's 100 connections. The embedded database
			// keeps the full pools, as it closes once its last connection goes.
			System.setProperty("spring.datasource.hikari.minimum-idle", "2");
			System.setProperty("spring.datasource.hikari.idle-timeout", "30000");
		}
	}

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (this.postgresDatabase != null) {
			TestDatabase.admin("DROP DATABASE IF EXISTS " + this.postgresDatabase + " with (force)");
			TestDatabase.admin("DROP DATABASE IF EXISTS " + this.postgresDatabase + "_demo with (force)");
		}
		deleteRecursively(this.dataDir);
	}

	static void deleteRecursively(Path root) {
		if (root == null || !Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static void execute(String url, String user, String password, String sql) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL for the tests is not reachable at " + url
					+ " (set -Dtutela.test.postgres.url / .username / .password): " + ex.getMessage(), ex);
		}
	}

}
