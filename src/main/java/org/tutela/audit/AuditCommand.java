package org.tutela.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.time.Clock;

import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.tutela.audit.trail.Entries;
import org.tutela.audit.trail.HeadFile;
import org.tutela.audit.trail.Verifier;
import org.tutela.platform.database.DatabaseUrl;

/**
 * The operator's {@code java -jar tutela.jar audit verify}: the same check as the DPO's
 * page, with nothing but the database settings and the head file's place, read from the
 * same settings and environment variables as the application ({@code --name=value}
 * arguments first). It starts no application, seals nothing and opens one connection, so
 * it runs in seconds and can run beside the application on PostgreSQL.
 */
public final class AuditCommand {

	private AuditCommand() {
	}

	/** Verifies and prints the report; 0 when the chain is intact, 1 when it is not. */
	public static int verify(String[] settings, PrintStream out) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().addFirst(new SimpleCommandLinePropertySource(settings));
		try {
			environment.getPropertySources()
				.addLast(new ResourcePropertySource(new ClassPathResource("application.properties")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		SingleConnectionDataSource database = new SingleConnectionDataSource(DatabaseUrl.of(environment),
				DatabaseUrl.username(environment), DatabaseUrl.password(environment), true);
		try {
			Entries entries = new Entries(JdbcClient.create(database), new JdbcTemplate(database));
			HeadFile heads = new HeadFile(environment.getRequiredProperty("tutela.audit.head-file"), Clock.systemUTC());
			ChainReport report = new Verifier(entries, heads).verify();
			out.println(report);
			return report.intact() ? 0 : 1;
		}
		finally {
			database.destroy();
		}
	}

}
