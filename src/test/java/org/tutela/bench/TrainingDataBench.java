package org.tutela.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.catalog.Course;
import org.tutela.catalog.CourseCatalog;
import org.tutela.catalog.NewCourse;
import org.tutela.catalog.NewSession;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.certification.Certificates;
import org.tutela.enrolment.Registrations;
import org.tutela.testing.synthetic.SyntheticLoad;
import org.tutela.testing.synthetic.SyntheticPeople;
import org.tutela.testing.synthetic.SyntheticTraining;

/**
 * A million synthetic persons with their training history on PostgreSQL (registrations,
 * attendance, certificates; {@code org.tutela.testing.synthetic}), and what is asked of that
 * history one person at a time: checking a certificate's code on the public page, and the
 * courses a person followed, as each campaign message with course suggestions asks it.
 * {@code ./mvnw -Pbench-postgres test-compile exec:java@bench-training}; recreates {@code tutela_bench_training}.
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
			List<Session> sessions = plan(app);
			long start = System.nanoTime();
			new SyntheticLoad(app).loadWithTraining(new SyntheticPeople(SEED), 0, PERSONS, sessions,
					new SyntheticTraining(SEED), done -> {
						if (done % 100_000 == 0) {
							System.out.printf(Locale.ROOT, "Loaded %,d of %,d persons with their training%n", done, PERSONS);
						}
					});
			double loadSeconds = (System.nanoTime() - start) / 1e9;
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			jdbc.execute("ANALYZE");
			long registrations = count(jdbc, "enrolment_registration");
			long attendance = count(jdbc, "enrolment_attendance");
			long certificates = count(jdbc, "certification_certificate");
			List<String> codes = jdbc.queryForList("SELECT code FROM certification_certificate ORDER BY random() LIMIT "
					+ LOOKUPS, String.class);
			List<UUID> persons = jdbc.queryForList("SELECT participant_id FROM enrolment_registration ORDER BY random() LIMIT "
					+ LOOKUPS, UUID.class);
			Certificates verifier = app.getBean(Certificates.class);
			Registrations history = app.getBean(Registrations.class);
			double[] verifying = measure(codes, code -> {
				if (verifier.verify(code).isEmpty()) {
					throw new IllegalStateException("A stored code did not verify");
				}
			});
			double[] followed = measure(persons, history::followedCourses);
			lines.add(String.format(Locale.ROOT, "Loaded %,d persons with %,d registrations, %,d attendance marks and "
					+ "%,d certificates over %d sessions in %.0f s.", PERSONS, registrations, attendance, certificates,
					sessions.size(), loadSeconds));
			lines.add("");
			lines.add("| Measured, " + LOOKUPS + " random lookups each | p50 ms | p95 ms |");
			lines.add("|---|---:|---:|");
			lines.add(Lookups.row("Checking a certificate's code (`Certificates.verify`, the public page's query)", verifying));
			lines.add(Lookups.row("The courses a person followed (`Registrations.followedCourses`, once per suggesting message)",
					followed));
		}
		PostgresBench.report(RESULTS, lines);
	}

	/** Twenty courses, half certified, each with one session held last year and one to come. */
	private static List<Session> plan(ConfigurableApplicationContext app) {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("bench", null, "catalog.manage", "backoffice"));
		List<Session> sessions = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			Course course = app.getBean(CourseCatalog.class)
				.add(new NewCourse("BENCH-" + i, "Bench course " + i, "nl", i % 2 == 0, 16, 20_000L, null, null,
						i % 2 == 0 ? 60 : null, 80, 7, null));
			for (LocalDate first : List.of(LocalDate.now().minusYears(1).plusDays(i), LocalDate.now().plusDays(30 + i))) {
				sessions.add(app.getBean(Sessions.class)
					.plan(new NewSession(course.id().value(), first, first.plusDays(1), LocalTime.of(9, 0), LocalTime.of(17, 0),
							null, true, 100_000, "nl", List.of())));
			}
		}
		SecurityContextHolder.clearContext();
		return sessions;
	}

	private static long count(JdbcTemplate jdbc, String table) {
		Long count = jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
		return count == null ? 0 : count;
	}

	private static <T> double[] measure(List<T> inputs, java.util.function.Consumer<T> lookup) {
		SplittableRandom random = new SplittableRandom(SEED);
		for (int i = 0; i < 200; i++) {
			lookup.accept(inputs.get(random.nextInt(inputs.size())));
		}
		double[] millis = new double[inputs.size()];
		for (int i = 0; i < inputs.size(); i++) {
			long start = System.nanoTime();
			lookup.accept(inputs.get(i));
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

}
