package org.tutela.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.tutela.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * In production the application connects as a role of its own, and migrations run as the
 * tables' owner (README). That role can do its work, adding and sealing audit entries
 * among the rest, but owns nothing: it cannot disable the audit trail's triggers, nor
 * remove entries or the chain's head (ALL-2, ASVS 16.4.2).
 */
class ApplicationRoleTests {

	private static final String PASSWORD = "test-only-password";

	@Test
	void theApplicationsRoleWorksButCannotDisableTheAuditTriggersNorRemoveEntries_ALL2() throws SQLException {
		assumeThat(TestDatabase.isPostgres()).as("roles and triggers are PostgreSQL's").isTrue();
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String owner = "tutela_owner_" + suffix;
		String application = "tutela_app_" + suffix;
		String database = "tutela_roles_" + suffix;
		TestDatabase.admin("CREATE ROLE " + owner + " LOGIN PASSWORD '" + PASSWORD + "'");
		TestDatabase.admin("CREATE ROLE " + application + " LOGIN PASSWORD '" + PASSWORD + "'");
		TestDatabase.admin("CREATE DATABASE " + database + " OWNER " + owner);
		try {
			Flyway.configure()
				.dataSource(TestDatabase.urlOf(database), owner, PASSWORD)
				.locations("classpath:db/migration", "classpath:db/vendor/postgresql")
				.placeholders(Map.of("application_role", application))
				.load()
				.migrate();
			try (Connection connection = DriverManager.getConnection(TestDatabase.urlOf(database), application,
					PASSWORD); Statement statement = connection.createStatement()) {
				assertThat(statement.executeUpdate("INSERT INTO audit_entry (occurred_at, actor, actor_roles, action) "
						+ "VALUES (CURRENT_TIMESTAMP, 'staff', 'COORDINATOR', 'READ')"))
					.isOne();
				assertThat(statement.executeUpdate(
						"UPDATE audit_entry SET chain_seq = 1, prev_hash = 'genesis', hash = 'h1' WHERE chain_seq IS NULL"))
					.as("sealing")
					.isOne();
				assertThat(
						statement.executeUpdate("UPDATE audit_chain_head SET chain_seq = 1, hash = 'h1' WHERE id = 1"))
					.isOne();
				assertThat(statement.executeUpdate("DELETE FROM people_person")).as("its other tables").isZero();

				assertThatThrownBy(() -> statement.execute("ALTER TABLE audit_entry DISABLE TRIGGER ALL"))
					.hasMessageContaining("must be owner");
				assertThatThrownBy(() -> statement.execute("ALTER TABLE audit_chain_head DISABLE TRIGGER ALL"))
					.hasMessageContaining("must be owner");
				assertThatThrownBy(() -> statement.execute("DELETE FROM audit_entry"))
					.hasMessageContaining("permission denied");
				assertThatThrownBy(() -> statement.execute("DELETE FROM audit_chain_head"))
					.hasMessageContaining("permission denied");
				assertThatThrownBy(() -> statement.execute("SET session_replication_role = replica"))
					.as("the switch that skips triggers")
					.hasMessageContaining("permission denied");
			}
		}
		finally {
			TestDatabase.admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
			TestDatabase.admin("DROP ROLE IF EXISTS " + application);
			TestDatabase.admin("DROP ROLE IF EXISTS " + owner);
		}
	}

}
