package org.tutela.platform.database;

/** Production was asked for without a production database configured. */
class MissingProductionDatabase extends IllegalStateException {

	private final String configuredUrl;

	MissingProductionDatabase(String configuredUrl) {
		super(configuredUrl == null ? "No database configured for production"
				: "An embedded database is configured for production");
		this.configuredUrl = configuredUrl;
	}

	boolean embeddedConfigured() {
		return this.configuredUrl != null;
	}

}
