package org.tutela.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.outreach.Campaign;
import org.tutela.outreach.Campaigns;
import org.tutela.outreach.ListCategory;
import org.tutela.outreach.MailingList;
import org.tutela.outreach.MailingLists;
import org.tutela.outreach.NewCampaign;
import org.tutela.outreach.NewMailingList;
import org.tutela.outreach.Variant;
import org.tutela.outreach.send.Audiences;

/**
 * A consent-filtered audience among a million persons on PostgreSQL, and queueing a
 * campaign of 10,000 messages. The persons, their addresses, subscriptions and choices
 * are written with SQL (generate_series), as only the audience is measured: every person
 * is on the list; one in ten withdrew, one in twenty objected, one in fifty is
 * restricted, the others consented. {@code ./mvnw -Pbench-postgres verify -DskipTests};
 * drops and recreates {@code tutela_bench_outreach}.
 */
public final class OutreachAudienceBench {

	private static final int PERSONS = Integer.getInteger("bench.persons", 1_000_000);

	private static final int RUNS = 7;

	private static final Path RESULTS = Path.of("target", "bench", "outreach-postgres.md");

	private OutreachAudienceBench() {
	}

	public static void main(String[] args) throws Exception {
		List<String> lines = new ArrayList<>();
		try (PostgresBench bench = PostgresBench.start("tutela_bench_outreach", "",
				"--tutela.outreach.per-minute=60")) {
			ConfigurableApplicationContext app = bench.app();
			SecurityContextHolder.getContext()
				.setAuthentication(new TestingAuthenticationToken("bench", null, "backoffice", "outreach.manage"));
			MailingLists lists = app.getBean(MailingLists.class);
			MailingList news = lists
				.create(new NewMailingList("bench-news", "Bench news", "marketing", ListCategory.MARKETING));
			MailingList small = lists
				.create(new NewMailingList("bench-small", "Bench small", "marketing", ListCategory.MARKETING));
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			long start = System.nanoTime();
			fill(jdbc, news.id(), small.id());
			double loadSeconds = (System.nanoTime() - start) / 1e9;
			Audiences audiences = app.getBean(Audiences.class);
			double[] counting = new double[RUNS];
			double[] listing = new double[RUNS];
			int size = 0;
			for (int run = 0; run < RUNS; run++) {
				long began = System.nanoTime();
				size = audiences.count(news);
				counting[run] = (System.nanoTime() - began) / 1e6;
				began = System.nanoTime();
				audiences.of(news);
				listing[run] = (System.nanoTime() - began) / 1e6;
			}
			Arrays.sort(counting);
			Arrays.sort(listing);
			Campaigns campaigns = app.getBean(Campaigns.class);
			double[] queueing = new double[RUNS];
			int queued = 0;
			for (int run = 0; run < RUNS; run++) {
				Campaign campaign = campaigns
					.create(new NewCampaign("bench-small", List.of(new Variant("en", "Bench " + run, "Hello"))));
				long began = System.nanoTime();
				queued = campaigns.send(campaign.id()).progress().total();
				queueing[run] = (System.nanoTime() - began) / 1e6;
			}
			Arrays.sort(queueing);
			lines.add(String.format(Locale.ROOT,
					"Wrote %,d persons with an address, each on the list with a choice, in %.0f s.", PERSONS,
					loadSeconds));
			lines.add("");
			lines.add("| Measured (" + RUNS + " runs) | median ms | min ms | max ms |");
			lines.add("|---|---:|---:|---:|");
			lines.add(row(String.format(Locale.ROOT,
					"Consent-filtered audience of a list of %,d, computed in the database (%,d recipients)", PERSONS,
					size), counting));
			lines.add(row("The same audience, every recipient's id brought into the application", listing));
			lines.add(row(String.format(Locale.ROOT, "Queueing a campaign of %,d messages", queued), queueing));
		}
		PostgresBench.report(RESULTS, lines);
	}

	private static void fill(JdbcTemplate jdbc, UUID news, UUID small) {
		String id = "md5('bench-' || i)::uuid";
		jdbc.execute(
				"INSERT INTO people_person (id, first_name, last_name, search_name, language, provenance, restricted, "
						+ "created_at) SELECT " + id
						+ ", 'Bench', 'Person ' || i, 'bench person ' || i, 'nl', 'IMPORT', i % 50 = 0, "
						+ "now() FROM generate_series(1, " + PERSONS + ") i");
		jdbc.execute("INSERT INTO people_contact_point (id, person_id, kind, usage, contact_value, lookup_key) SELECT "
				+ "md5('mail-' || i)::uuid, " + id + ", 'EMAIL', 'BUSINESS', 'p' || i || '@bench.example', "
				+ "'p' || i || '@bench.example' FROM generate_series(1, " + PERSONS + ") i");
		jdbc.update(
				"INSERT INTO outreach_subscription (list_id, person_id, status, requested_at, confirmed_at) SELECT ?, "
						+ id + ", 'ACTIVE', now(), now() FROM generate_series(1, " + PERSONS + ") i",
				news);
		// Persons 1, 11, 21, ... consented and are not restricted: the small list's
		// 10,000 all receive it.
		jdbc.update(
				"INSERT INTO outreach_subscription (list_id, person_id, status, requested_at, confirmed_at) SELECT ?, "
						+ id + ", 'ACTIVE', now(), now() FROM generate_series(1, 100000) i WHERE i % 10 = 1",
				small);
		jdbc.execute("INSERT INTO consent_current (person_id, purpose, kind, occurred_at) SELECT " + id
				+ ", 'marketing', "
				+ "CASE WHEN i % 10 = 0 THEN 'WITHDRAWN' WHEN i % 20 = 5 THEN 'OBJECTED' ELSE 'GIVEN' END, now() "
				+ "FROM generate_series(1, " + PERSONS + ") i");
		jdbc.execute("ANALYZE");
	}

	private static String row(String name, double[] sorted) {
		return String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |", name, sorted[sorted.length / 2], sorted[0],
				sorted[sorted.length - 1]);
	}

}
