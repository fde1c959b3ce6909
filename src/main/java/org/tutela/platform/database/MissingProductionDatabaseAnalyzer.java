package org.tutela.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Tells the operator exactly what to set when production has no real database. */
class MissingProductionDatabaseAnalyzer extends AbstractFailureAnalyzer<MissingProductionDatabase> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, MissingProductionDatabase cause) {
		String description = cause.embeddedConfigured()
				? "Tutela runs in production mode (profile 'prod') but the configured database is the embedded H2 file database, which is for trying Tutela out only."
				: "Tutela runs in production mode (profile 'prod') but no database is configured.";
		String action = """
				Set these environment variables to your PostgreSQL database and start again:
				    SPRING_DATASOURCE_URL=jdbc:postgresql://<host>:5432/<database>
				    SPRING_DATASOURCE_USERNAME=<user>
				    SPRING_DATASOURCE_PASSWORD=<password>
				Or leave out SPRING_PROFILES_ACTIVE=prod to run on the embedded database.""";
		return new FailureAnalysis(description, action, cause);
	}

}
