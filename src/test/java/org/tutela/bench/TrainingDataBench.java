package org.tutela.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tutela.certification.Certificates;
import org.tutela.enrolment.Registrations;
import org.tutela.personaldata.PersonId;

/**
 * A million synthetic persons with their training history on PostgreSQL (registrations,
 * attendance, certificates; {@code org.tutela.testing.synthetic}), and what is asked of
 * that history one person at a time: checking a certificate's code on the public page,
 * and the courses a person followed, as each campaign message with course suggestions
 * asks it. {@code ./mvnw -Pbench-postgres test-compile exec:java@bench-training};
 * recreates {@code tutela_bench_training}.
 */
public final class TrainingDataBench {

	private static final int PERSONS = Integer.getInteger("bench.persons", 1_000_000);

	private static final long SEED = 20261123L;

	private static final int LOOKUPS = 2_000;

	private static final Path RESULTS = Path.of("target", "bench", "training-postgres.md");

	private TrainingDataBench() {
	}

	public static void main(String[] args) throws Exception {
		List<String> lines = new ArrayList<>();
		try (PostgresBench bench = PostgresBench.start("tutela_bench_training", "?reWriteBatchedInserts=true")) {
			ConfigurableApplicationContext app = bench.app();
			TrainingHistory history = TrainingHistory.load(app, PERSONS, SEED);
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			List<String> codes = jdbc.queryForList(
					"SELECT code FROM certification_certificate ORDER BY random() LIMIT " + LOOKUPS, String.class);
			List<PersonId> persons = jdbc
				.queryForList("SELECT participant_id FROM enrolment_registration ORDER BY random() LIMIT " + LOOKUPS,
						UUID.class)
				.stream()
				.map(PersonId::of)
				.toList();
			Certificates verifier = app.getBean(Certificates.class);
			Registrations registrations = app.getBean(Registrations.class);
			double[] verifying = Lookups.measure(codes, code -> {
				if (verifier.verify(code).isEmpty()) {
					throw new IllegalStateException("A stored code did not verify");
				}
			});
			double[] followed = Lookups.measure(persons, registrations::followedCourses);
			lines.add(history.summary());
			lines.add("");
			lines.add("| Measured, " + LOOKUPS + " random lookups each | p50 ms | p95 ms |");
			lines.add("|---|---:|---:|");
			lines.add(Lookups.row("Checking a certificate's code (`Certificates.verify`, the public page's query)",
					verifying));
			lines.add(Lookups.row(
					"The courses a person followed (`Registrations.followedCourses`, once per suggesting message)",
					followed));
		}
		PostgresBench.report(RESULTS, lines);
	}

}
