package org.tutela.testing;

/**
 * Which database this test run uses, and an administrative connection to the PostgreSQL
 * server for tests that must act on the database from outside the application.
 */
public final class TestDatabase {

	private TestDatabase() {
	}

	public static boolean isPostgres() {
		return "postgres".equals(System.getProperty("tutela.test.database"));
	}

	/** The application's own database on PostgreSQL, as the session created it. */
	public static String databaseName() {
		String url = System.getProperty("spring.datasource.url");
		return url.substring(url.lastIndexOf('/') + 1);
	}

	/**
	 * Runs one statement as the administrative user on the server's maintenance database.
	 */
	public static void admin(String sql) {
		TestDatabaseSession.execute(adminUrl(), username(), password(), sql);
	}

	/**
	 * Runs statements as the administrative user on the application's own PostgreSQL
	 * database, in one session: for tests that tamper with data the way a database
	 * administrator could.
	 */
	public static void adminOnApplicationDatabase(String sql) {
		TestDatabaseSession.execute(urlOf(databaseName()), username(), password(), sql);
	}

	/** The address of another database on the test server. */
	public static String urlOf(String database) {
		String admin = adminUrl();
		return admin.substring(0, admin.lastIndexOf('/') + 1) + database;
	}

	static String adminUrl() {
		return System.getProperty("tutela.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
	}

	static String username() {
		return System.getProperty("tutela.test.postgres.username", "postgres");
	}

	static String password() {
		return System.getProperty("tutela.test.postgres.password", "");
	}

}
