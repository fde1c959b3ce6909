package org.tutela.consent;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migration that marks consent ticked on the subscription form, recorded as given
 * before double opt-in reached the ledger, as unconfirmed while its subscription still
 * waits for the link (SKI-6, SKI-8); a confirmed subscription keeps its consent, and the
 * history stays whole.
 */
class UnconfirmedSubscriptionsMigrationTests {

	@Test
	void aPendingSubscriptionsConsentBecomesUnconfirmedAndAConfirmedOneStaysGiven_SKI8() {
		SingleConnectionDataSource database = new SingleConnectionDataSource("jdbc:h2:mem:migration-"
				+ UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH", "sa", "",
				true);
		Flyway.configure().dataSource(database).target("29").load().migrate();
		JdbcClient jdbc = JdbcClient.create(database);
		UUID list = UUID.randomUUID();
		jdbc.sql("INSERT INTO outreach_list (id, code, name, activity, category, created_at) "
				+ "VALUES (?, 'ads', 'Ads', 'advertising-audiences', 'MARKETING', CURRENT_TIMESTAMP)")
			.param(list)
			.update();
		UUID waiting = UUID.randomUUID();
		UUID confirmed = UUID.randomUUID();
		for (UUID person : new UUID[] { waiting, confirmed }) {
			jdbc.sql("INSERT INTO consent_choice (id, person_id, purpose, kind, channel, form, framework, occurred_at) "
					+ "VALUES (?, ?, 'advertising-audiences', 'GIVEN', 'FORM', 'subscribe:ads', 'GDPR', TIMESTAMP '2026-11-02 10:00:00')")
				.params(UUID.randomUUID(), person)
				.update();
			jdbc.sql("INSERT INTO consent_current (person_id, purpose, kind, occurred_at) "
					+ "VALUES (?, 'advertising-audiences', 'GIVEN', TIMESTAMP '2026-11-02 10:00:00')")
				.param(person)
				.update();
			jdbc.sql(
					"INSERT INTO outreach_subscription (list_id, person_id, status, requested_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP)")
				.params(list, person, person.equals(waiting) ? "PENDING" : "ACTIVE")
				.update();
		}

		Flyway.configure().dataSource(database).load().migrate();

		assertThat(current(jdbc, waiting)).isEqualTo("UNCONFIRMED");
		assertThat(current(jdbc, confirmed)).isEqualTo("GIVEN");
		assertThat(jdbc.sql("SELECT kind FROM consent_choice WHERE person_id = ? ORDER BY seq")
			.param(waiting)
			.query(String.class)
			.list()).containsExactly("GIVEN", "UNCONFIRMED");
		database.destroy();
	}

	private static String current(JdbcClient jdbc, UUID person) {
		return jdbc.sql("SELECT kind FROM consent_current WHERE person_id = ?")
			.param(person)
			.query(String.class)
			.single();
	}

}
