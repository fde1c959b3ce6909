package org.tutela.bench;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
import org.tutela.testing.synthetic.SyntheticLoad;
import org.tutela.testing.synthetic.SyntheticPeople;
import org.tutela.testing.synthetic.SyntheticTraining;

/**
 * Synthetic persons with their training history loaded into a bench database: twenty
 * courses, half certified, each with a session held last year and one to come;
 * registrations, attendance and certificates as {@code org.tutela.testing.synthetic}
 * generates them. Progress is printed.
 */
final class TrainingHistory {

	private final String summary;

	private TrainingHistory(String summary) {
		this.summary = summary;
	}

	static TrainingHistory load(ConfigurableApplicationContext app, int persons, long seed) {
		List<Session> sessions = plan(app);
		long start = System.nanoTime();
		new SyntheticLoad(app).loadWithTraining(new SyntheticPeople(seed), 0, persons, sessions,
				new SyntheticTraining(seed), done -> {
					if (done % 100_000 == 0) {
						System.out.printf(Locale.ROOT, "Loaded %,d of %,d persons with their training%n", done,
								persons);
					}
				});
		double seconds = (System.nanoTime() - start) / 1e9;
		JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
		jdbc.execute("ANALYZE");
		return new TrainingHistory(String.format(Locale.ROOT,
				"Loaded %,d persons with %,d registrations, %,d attendance "
						+ "marks and %,d certificates over %d sessions in %.0f s.",
				persons, count(jdbc, "enrolment_registration"), count(jdbc, "enrolment_attendance"),
				count(jdbc, "certification_certificate"), sessions.size(), seconds));
	}

	/** What was loaded, and how long it took. */
	String summary() {
		return this.summary;
	}

	private static List<Session> plan(ConfigurableApplicationContext app) {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("bench", null, "catalog.manage", "backoffice"));
		List<Session> sessions = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			Course course = app.getBean(CourseCatalog.class)
				.add(new NewCourse("BENCH-" + i, "Bench course " + i, "nl", i % 2 == 0, 16, 20_000L, null, null,
						i % 2 == 0 ? 60 : null, 80, 7, null));
			for (LocalDate first : List.of(LocalDate.now().minusYears(1).plusDays(i),
					LocalDate.now().plusDays(30 + i))) {
				sessions.add(app.getBean(Sessions.class)
					.plan(new NewSession(course.id().value(), first, first.plusDays(1), LocalTime.of(9, 0),
							LocalTime.of(17, 0), null, true, 100_000, "nl", List.of())));
			}
		}
		SecurityContextHolder.clearContext();
		return sessions;
	}

	private static long count(JdbcTemplate jdbc, String table) {
		Long count = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
		return count == null ? 0 : count;
	}

}
