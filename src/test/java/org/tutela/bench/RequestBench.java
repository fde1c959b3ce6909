package org.tutela.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalDataCatalogue;
import org.tutela.personaldata.PersonalDataProvider;
import org.tutela.requests.fulfil.Erasures;
import org.tutela.requests.fulfil.Overviews;

/**
 * Answering one person's request among a million with their training history on
 * PostgreSQL: the access overview, built from every module through the catalogue, and an
 * erasure, next to plain SQL that reads or deletes the same rows by their subject columns
 * (the lower bound).
 * {@code ./mvnw -Pbench-postgres test-compile exec:java@bench-requests}; recreates
 * {@code tutela_bench_requests}.
 */
public final class RequestBench {

	private static final int PERSONS = Integer.getInteger("bench.persons", 1_000_000);

	private static final long SEED = 20261124L;

	private static final int LOOKUPS = 2_000;

	private static final int ERASURES = 500;

	private static final Path RESULTS = Path.of("target", "bench", "requests-postgres.md");

	private RequestBench() {
	}

	public static void main(String[] args) throws Exception {
		List<String> lines = new ArrayList<>();
		try (PostgresBench bench = PostgresBench.start("tutela_bench_requests", "?reWriteBatchedInserts=true")) {
			ConfigurableApplicationContext app = bench.app();
			TrainingHistory history = TrainingHistory.load(app, PERSONS, SEED);
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			List<DeclaredTable> tables = personTables(app);
			List<DeclaredTable> deletionOrder = new ArrayList<>(tables);
			Collections.reverse(deletionOrder);
			List<UUID> registered = jdbc.queryForList(
					"SELECT participant_id FROM enrolment_registration ORDER BY random() LIMIT " + (LOOKUPS + ERASURES),
					UUID.class);
			List<UUID> unregistered = jdbc.queryForList("""
					SELECT id FROM people_person p WHERE NOT EXISTS
					  (SELECT 1 FROM enrolment_registration r WHERE r.participant_id = p.id) ORDER BY random() LIMIT """
					+ " " + (2 * ERASURES), UUID.class);
			Overviews overviews = app.getBean(Overviews.class);
			Erasures erasures = app.getBean(Erasures.class);
			TransactionTemplate transaction = app.getBean(TransactionTemplate.class);
			SecurityContextHolder.getContext()
				.setAuthentication(new TestingAuthenticationToken("bench", null, "requests.manage"));
			List<UUID> readers = registered.subList(0, LOOKUPS);
			double[] overview = Lookups.measure(readers, person -> {
				if (overviews.of(PersonId.of(person)).recordCount() == 0) {
					throw new IllegalStateException("A registered person showed no records");
				}
			});
			double[] plainRead = Lookups.measure(readers, person -> tables.forEach(table -> jdbc
				.queryForList("SELECT * FROM " + table.name() + " WHERE " + table.subjectColumn() + " = ?", person)));
			double[] keptErasure = Lookups.measureEach(registered.subList(LOOKUPS, LOOKUPS + ERASURES),
					person -> transaction.executeWithoutResult(status -> erasures.erase(PersonId.of(person), "bench")));
			double[] completeErasure = Lookups.measureEach(unregistered.subList(0, ERASURES),
					person -> transaction.executeWithoutResult(status -> erasures.erase(PersonId.of(person), "bench")));
			double[] plainDelete = Lookups.measureEach(unregistered.subList(ERASURES, 2 * ERASURES),
					person -> transaction.executeWithoutResult(status -> deletionOrder.forEach(table -> jdbc
						.update("DELETE FROM " + table.name() + " WHERE " + table.subjectColumn() + " = ?", person))));
			lines.add(history.summary());
			lines.add("");
			lines.add("| Measured, one person at a time (warmed up first) | p50 ms | p95 ms |");
			lines.add("|---|---:|---:|");
			lines.add(Lookups.row("Access overview of a registered person (`Overviews.of`: every module's export, "
					+ "decrypted, grouped by purpose), " + LOOKUPS + " persons", overview));
			lines.add(Lookups.row("Plain SQL: `SELECT *` of the same person from each of the " + tables.size()
					+ " tables with a subject column", plainRead));
			lines.add(Lookups
				.row("Erasure of a registered person (`Erasures.erase`: training kept and restricted, the rest "
						+ "erased, erasure mark), " + ERASURES * 4 / 5 + " persons", keptErasure));
			lines.add(Lookups
				.row("Erasure of a person who never registered (`Erasures.erase`: everything deleted, erasure "
						+ "mark), " + ERASURES * 4 / 5 + " persons", completeErasure));
			lines.add(Lookups.row("Plain SQL: `DELETE` of the same kind of person from each table, one transaction",
					plainDelete));
		}
		PostgresBench.report(RESULTS, lines);
	}

	/**
	 * The tables whose rows name a person in a subject column, the person's own table
	 * first.
	 */
	private static List<DeclaredTable> personTables(ConfigurableApplicationContext app) {
		List<DeclaredTable> tables = new ArrayList<>();
		List<String> erased = app.getBean(PersonalDataCatalogue.class).erasureOrder();
		app.getBeansOfType(PersonalDataProvider.class)
			.values()
			.stream()
			// The reverse of the erasure order: the person's own table first.
			.sorted(Comparator.comparingInt(provider -> -erased.indexOf(provider.module())))
			.flatMap(provider -> provider.tables().stream())
			.filter(table -> table.subject() == DataSubject.PERSON && table.subjectColumn() != null)
			.forEach(tables::add);
		return tables;
	}

}
