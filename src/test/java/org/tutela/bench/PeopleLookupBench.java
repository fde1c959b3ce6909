package org.tutela.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.IntFunction;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.people.IdentifierKind;
import org.tutela.people.PersonQuery;
import org.tutela.people.Persons;
import org.tutela.platform.crypto.KeyedHash;
import org.tutela.testing.synthetic.SyntheticLoad;
import org.tutela.testing.synthetic.SyntheticPeople;

/**
 * Finding one person among a million on PostgreSQL, by e-mail address and by national
 * register number: through the application (need-to-know check, blind index, audit entry)
 * and as the bare SQL query, one caller at a time.
 * {@code ./mvnw -Pbench-postgres verify -DskipTests}. It drops and recreates the database
 * {@code tutela_bench} on the server it is given.
 */
public final class PeopleLookupBench {

	private static final int PERSONS = Integer.getInteger("bench.persons", 1_000_000);

	private static final int WARM_UP = 500;

	private static final int LOOKUPS = 2_000;

	private static final long SEED = 20261123;

	private static final Path RESULTS = Path.of("target", "bench", "people-postgres.md");

	private PeopleLookupBench() {
	}

	public static void main(String[] args) throws Exception {
		List<String> lines = new ArrayList<>();
		try (PostgresBench bench = PostgresBench.start("tutela_bench", "?reWriteBatchedInserts=true")) {
			ConfigurableApplicationContext app = bench.app();
			SyntheticPeople people = new SyntheticPeople(SEED);
			long start = System.nanoTime();
			new SyntheticLoad(app).load(people, 0, PERSONS, done -> {
				if (done % 100_000 == 0) {
					System.out.printf(Locale.ROOT, "Loaded %,d of %,d persons%n", done, PERSONS);
				}
			});
			double loadSeconds = (System.nanoTime() - start) / 1e9;
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			jdbc.execute("ANALYZE");
			Persons persons = app.getBean(Persons.class);
			KeyedHash keyedHash = app.getBean(KeyedHash.class);
			SecurityContextHolder.getContext()
				.setAuthentication(
						new TestingAuthenticationToken("bench", null, "people.read", "backoffice", "ROLE_COORDINATOR"));
			SplittableRandom random = new SplittableRandom(SEED);
			lines.add(String.format(Locale.ROOT,
					"Loaded %,d persons (with an e-mail address, a phone and an identifier each) in %.0f s (%.0f persons/s).",
					PERSONS, loadSeconds, PERSONS / loadSeconds));
			lines.add("");
			lines.add("| Lookup among " + String.format(Locale.ROOT, "%,d", PERSONS) + " persons | p50 ms | p95 ms |");
			lines.add("|---|---:|---:|");
			IntFunction<String> email = index -> people.person(index).email();
			IntFunction<String> nationalNumber = index -> belgian(people, index).identifier();
			lines.add(Lookups.row("By e-mail, application (`Persons.search`)", measure(random, email,
					value -> check(persons.search(new PersonQuery(null, value, null, null, 0, 25)).items().size()))));
			lines.add(Lookups.row("By e-mail, plain SQL", measure(random, email, value -> check(jdbc
				.queryForList("SELECT p.id, p.first_name, p.last_name FROM people_person p JOIN people_contact_point c "
						+ "ON c.person_id = p.id WHERE c.kind = 'EMAIL' AND c.lookup_key = ?", value)
				.size()))));
			lines.add(Lookups.row("By national register number, application (`Persons.search`)", measure(random,
					nationalNumber,
					value -> check(persons.search(new PersonQuery(null, null, value, null, 0, 25)).items().size()))));
			lines.add(Lookups.row(
					"By national register number, plain SQL on the blind index (hash computed outside the timing)",
					measure(random,
							index -> keyedHash.hash("people.identifier." + IdentifierKind.NATIONAL_NUMBER,
									nationalNumber.apply(index)),
							value -> check(jdbc
								.queryForList("SELECT p.id, p.first_name, p.last_name FROM people_person p "
										+ "JOIN people_identifier i ON i.person_id = p.id "
										+ "WHERE i.kind = 'NATIONAL_NUMBER' AND i.blind_index = ?", value)
								.size()))));
		}
		PostgresBench.report(RESULTS, lines);
	}

	/** The first Belgian (national-number) person at or after the index. */
	private static SyntheticPeople.Synthetic belgian(SyntheticPeople people, int index) {
		for (int i = index;; i = (i + 1) % PERSONS) {
			SyntheticPeople.Synthetic person = people.person(i);
			if (person.identifier().length() == 11) {
				return person;
			}
		}
	}

	private static void check(int found) {
		if (found != 1) {
			throw new IllegalStateException("Expected exactly one person, found " + found);
		}
	}

	/** Times the lookup only; the value looked up is made before the clock starts. */
	private static double[] measure(SplittableRandom random, IntFunction<String> input, Consumer<String> lookup) {
		for (int i = 0; i < WARM_UP; i++) {
			lookup.accept(input.apply(random.nextInt(PERSONS)));
		}
		double[] millis = new double[LOOKUPS];
		for (int i = 0; i < LOOKUPS; i++) {
			String value = input.apply(random.nextInt(PERSONS));
			long start = System.nanoTime();
			lookup.accept(value);
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

}
