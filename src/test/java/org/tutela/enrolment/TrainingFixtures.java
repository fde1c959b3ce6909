package org.tutela.enrolment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.tutela.catalog.Course;
import org.tutela.catalog.CourseCatalog;
import org.tutela.catalog.NewCourse;
import org.tutela.catalog.NewSession;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;

/** Courses and sessions for enrolment and certification tests, planned as a coordinator would. */
@Component
public class TrainingFixtures {

	private final CourseCatalog courses;

	private final Sessions sessions;

	TrainingFixtures(CourseCatalog courses, Sessions sessions) {
		this.courses = courses;
		this.sessions = sessions;
	}

	public Course course(boolean certified, int freeCancellationDays, Integer validityMonths) {
		String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		return asCoordinator(() -> this.courses.add(new NewCourse(code, "Course " + code, "nl", certified, 8, 15_000L,
				certified ? "Departement Omgeving" : null, certified ? "MC-" + code : null, validityMonths, 100,
				freeCancellationDays, null)));
	}

	public Session session(Course course, int capacity, LocalDate firstDay, int days, List<UUID> trainers) {
		return asCoordinator(() -> this.sessions.plan(new NewSession(course.id().value(), firstDay,
				firstDay.plusDays(days - 1), LocalTime.of(9, 0), LocalTime.of(17, 0), null, true, capacity, "nl", trainers)));
	}

	public Session session(boolean certified, int capacity, LocalDate firstDay) {
		return session(course(certified, 7, certified ? 60 : null), capacity, firstDay, 1, List.of());
	}

	public Session reload(UUID session) {
		return this.sessions.get(session);
	}

	private static <T> T asCoordinator(java.util.function.Supplier<T> work) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("coordinator", null, "catalog.manage", "backoffice"));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

}
