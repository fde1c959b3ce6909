package org.tutela.bench;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.incidents.AffectedPersons;
import org.tutela.incidents.Breach;
import org.tutela.incidents.BreachForm;
import org.tutela.incidents.BreachNotices;
import org.tutela.incidents.Breaches;
import org.tutela.outreach.ListCategory;
import org.tutela.outreach.MailingList;
import org.tutela.outreach.MailingLists;
import org.tutela.outreach.NewMailingList;

/**
 * The data protection officer's action on a high-risk breach among a million persons on
 * PostgreSQL: choosing the 100,000 on a mailing list as the persons to tell and queueing
 * their notice (GDPR Art. 34), through {@link BreachNotices}, next to the same two
 * statements in plain SQL. The persons (four languages, one in twenty without an
 * address), their addresses and the list are written with SQL (generate_series); the
 * notices are written between the choice and the queueing, unmeasured; the mail itself is
 * not sent (the sender is held at one a minute). Each run tells a fresh breach.
 * {@code ./mvnw -Pbench-postgres test-compile exec:java@bench-breach-notices}; drops and
 * recreates {@code tutela_bench_breach_notices}.
 */
public final class BreachNoticeBench {

	private static final int PERSONS = Integer.getInteger("bench.persons", 1_000_000);

	private static final int AFFECTED = PERSONS / 10;

	private static final int RUNS = 5;

	private static final Path RESULTS = Path.of("target", "bench", "breach-notices-postgres.md");

	private static final String[] LANGUAGES = { "nl", "fr", "en", "de" };

	/**
	 * The same choice as plain statements: the list's persons copied, without the check
	 * for a person chosen twice, then those without an address marked.
	 */
	private static final String PLAIN_SELECT = """
			INSERT INTO incidents_breach_person (breach_id, person_id, language, status, selected_by, selected_at)
			SELECT ?, p.id, p.language, 'SELECTED', 'bench', now()
			FROM outreach_subscription s JOIN people_person p ON p.id = s.person_id WHERE s.list_id = ?""";

	private static final String PLAIN_NO_ADDRESS = """
			UPDATE incidents_breach_person SET status = 'NO_ADDRESS' WHERE breach_id = ?
			AND NOT EXISTS (SELECT 1 FROM people_contact_point e
				WHERE e.person_id = incidents_breach_person.person_id AND e.kind = 'EMAIL')""";

	/** The same queueing as plain statements: how many, and the start. */
	private static final String PLAIN_COUNT = "SELECT COUNT(*) FROM incidents_breach_person "
			+ "WHERE breach_id = ? AND status = 'SELECTED'";

	private static final String PLAIN_QUEUE = "INSERT INTO incidents_breach_sending (breach_id, queued_at, queued_by) "
			+ "VALUES (?, now(), 'bench')";

	private BreachNoticeBench() {
	}

	public static void main(String[] args) throws Exception {
		List<String> lines = new ArrayList<>();
		try (PostgresBench bench = PostgresBench.start("tutela_bench_breach_notices", "",
				"--tutela.incidents.notices-per-minute=1")) {
			ConfigurableApplicationContext app = bench.app();
			SecurityContextHolder.getContext()
				.setAuthentication(new TestingAuthenticationToken("bench", null, "backoffice", "outreach.manage",
						"breaches.manage"));
			MailingList list = app.getBean(MailingLists.class)
				.create(new NewMailingList("bench-affected", "Bench affected", "marketing", ListCategory.MARKETING));
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			long start = System.nanoTime();
			fill(jdbc, list.id());
			double loadSeconds = (System.nanoTime() - start) / 1e9;
			double vacuumSeconds = FileOpenings.vacuum(jdbc);
			Breaches breaches = app.getBean(Breaches.class);
			BreachNotices notices = app.getBean(BreachNotices.class);
			double[] choosing = new double[RUNS];
			double[] queueing = new double[RUNS];
			double[] action = new double[RUNS];
			double[] plainChoosing = new double[RUNS];
			double[] plainQueueing = new double[RUNS];
			double[] plainAction = new double[RUNS];
			int chosen = 0;
			int queued = 0;
			for (int run = 0; run < RUNS; run++) {
				Breach breach = breaches.record(highRisk(run));
				long began = System.nanoTime();
				chosen = notices.select(breach.id(),
						new AffectedPersons(AffectedPersons.Kind.LIST, list.id().toString()));
				choosing[run] = (System.nanoTime() - began) / 1e6;
				for (String language : notices.progress(breach.id()).languages()) {
					notices.write(breach.id(), language, "Breach " + breach.reference(), "What happened.");
				}
				began = System.nanoTime();
				queued = notices.send(breach.id());
				queueing[run] = (System.nanoTime() - began) / 1e6;
				action[run] = choosing[run] + queueing[run];

				UUID plain = breaches.record(highRisk(run)).id();
				began = System.nanoTime();
				jdbc.update(PLAIN_SELECT, plain, list.id());
				jdbc.update(PLAIN_NO_ADDRESS, plain);
				plainChoosing[run] = (System.nanoTime() - began) / 1e6;
				began = System.nanoTime();
				jdbc.queryForObject(PLAIN_COUNT, Integer.class, plain);
				jdbc.update(PLAIN_QUEUE, plain);
				plainQueueing[run] = (System.nanoTime() - began) / 1e6;
				plainAction[run] = plainChoosing[run] + plainQueueing[run];
			}
			for (double[] figures : List.of(choosing, queueing, action, plainChoosing, plainQueueing, plainAction)) {
				Arrays.sort(figures);
			}
			lines.add(String.format(Locale.ROOT,
					"Wrote %,d persons (one in twenty without an e-mail address) and a list of %,d of them in %.0f s; "
							+ "VACUUM ANALYZE %.1f s. Each run chose %,d persons and queued %,d (the others have no "
							+ "address).",
					PERSONS, AFFECTED, loadSeconds, vacuumSeconds, chosen, queued));
			lines.add("");
			lines.add("| Measured (" + RUNS + " runs, a fresh breach each) | median ms | min ms | max ms |");
			lines.add("|---|---:|---:|---:|");
			lines.add(row("Choosing the persons on the list (`BreachNotices.select`)", choosing));
			lines.add(row("Queueing their notice (`BreachNotices.send`)", queueing));
			lines.add(row("**The officer's action: choosing and queueing**", action));
			lines.add(row("Plain SQL: `INSERT … SELECT` of the list's persons, `UPDATE` of those without address",
					plainChoosing));
			lines.add(row("Plain SQL: count and the sending's start", plainQueueing));
			lines.add(row("Plain SQL: both", plainAction));
			FileOpenings.sizes(lines, jdbc, "incidents_breach_person", "people_person", "people_contact_point",
					"outreach_subscription");
		}
		PostgresBench.report(RESULTS, lines);
	}

	private static BreachForm highRisk(int run) {
		return new BreachForm("Bench breach " + run, "A list of participants was sent to the wrong address.", null,
				LocalDateTime.now().minusHours(2).truncatedTo(ChronoUnit.MINUTES).toString(), "Names, e-mail addresses",
				"Subscribers", String.valueOf(AFFECTED), null, null, null, null, "HIGH", "Bench.");
	}

	/**
	 * The persons, their addresses and the list, a hundred thousand persons a statement
	 * so that none outlasts the application's 30-second socket timeout on a busy machine.
	 */
	private static void fill(JdbcTemplate jdbc, UUID list) {
		String id = "md5('bench-' || i)::uuid";
		for (int from = 1; from <= PERSONS; from += 100_000) {
			String series = " FROM generate_series(" + from + ", " + Math.min(PERSONS, from + 99_999) + ") i";
			jdbc.execute("INSERT INTO people_person (id, first_name, last_name, search_name, language, provenance, "
					+ "restricted, created_at) SELECT " + id + ", 'Bench', 'Person ' || i, 'bench person ' || i, "
					+ "(ARRAY['" + String.join("','", LANGUAGES) + "'])[1 + i % " + LANGUAGES.length
					+ "], 'IMPORT', FALSE, now()" + series);
			// One in twenty, on the list and off it, has no address.
			jdbc.execute("INSERT INTO people_contact_point (id, person_id, kind, usage, contact_value, lookup_key) "
					+ "SELECT md5('mail-' || i)::uuid, " + id + ", 'EMAIL', 'BUSINESS', 'p' || i || '@bench.example', "
					+ "'p' || i || '@bench.example'" + series + " WHERE (i / 10) % 20 <> 7");
			// Persons 3, 13, 23, ...: one in ten, spread over the whole table.
			jdbc.update("INSERT INTO outreach_subscription (list_id, person_id, status, requested_at, confirmed_at) "
					+ "SELECT ?, " + id + ", 'ACTIVE', now(), now()" + series + " WHERE i % 10 = 3", list);
		}
	}

	private static String row(String name, double[] sorted) {
		return String.format(Locale.ROOT, "| %s | %.0f | %.0f | %.0f |", name, sorted[sorted.length / 2], sorted[0],
				sorted[sorted.length - 1]);
	}

}
