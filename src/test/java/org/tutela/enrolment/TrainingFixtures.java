package org.tutela.enrolment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.catalog.Course;
import org.tutela.catalog.CourseCatalog;
import org.tutela.catalog.NewCourse;
import org.tutela.catalog.NewSession;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.people.ContactRole;
import org.tutela.people.MembershipStatus;
import org.tutela.people.NewContact;
import org.tutela.people.NewOrganisation;
import org.tutela.people.NewPerson;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.people.Person;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.testing.Staff;

/**
 * Courses, sessions and client companies for enrolment and certification tests, made as a
 * coordinator would.
 */
@Component
public class TrainingFixtures {

	private final CourseCatalog courses;

	private final Sessions sessions;

	private final Organisations organisations;

	private final Persons persons;

	private final JdbcClient jdbc;

	TrainingFixtures(CourseCatalog courses, Sessions sessions, Organisations organisations, Persons persons,
			JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.courses = courses;
		this.sessions = sessions;
		this.organisations = organisations;
		this.persons = persons;
	}

	/**
	 * A client company with a running contract, and its HR contact known by the e-mail
	 * address.
	 */
	public Organisation client(String hrEmail) {
		return Staff.coordinator(() -> {
			Organisation organisation = this.organisations.add(new NewOrganisation("Client " + hrEmail, null, null,
					null, null, null, MembershipStatus.NONE, null, null, LocalDate.now().minusYears(1), null));
			Person hr = this.persons.register(new NewPerson("Hilde", null, "Ramaekers", null, "en", "HR manager",
					Provenance.EMPLOYER, List.of(NewContact.business(hrEmail)), List.of(), List.of()));
			return this.organisations.addContact(organisation.id(), hr.id(), ContactRole.HR);
		});
	}

	public Course course(boolean certified, int freeCancellationDays, Integer validityMonths) {
		String code = "T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		return Staff.coordinator(() -> this.courses.add(new NewCourse(code, "Course " + code, "nl", certified, 8,
				15_000L, certified ? "Departement Omgeving" : null, certified ? "MC-" + code : null, validityMonths,
				100, freeCancellationDays, null)));
	}

	public Session session(Course course, int capacity, LocalDate firstDay, int days, List<UUID> trainers) {
		return Staff.coordinator(
				() -> this.sessions.plan(new NewSession(course.id().value(), firstDay, firstDay.plusDays(days - 1),
						LocalTime.of(9, 0), LocalTime.of(17, 0), null, true, capacity, "nl", trainers)));
	}

	public Session session(boolean certified, int capacity, LocalDate firstDay) {
		return session(course(certified, 7, certified ? 60 : null), capacity, firstDay, 1, List.of());
	}

	public Session reload(UUID session) {
		return this.sessions.get(session);
	}

	/**
	 * Moves the session to the given first day, keeping its length, as if it had taken
	 * place then.
	 */
	public Session holdInThePast(Session session, LocalDate firstDay) {
		this.jdbc.sql("UPDATE catalog_session SET first_day = :first, last_day = :last WHERE id = :id")
			.param("first", firstDay)
			.param("last", firstDay.plusDays(session.days().size() - 1))
			.param("id", session.id())
			.update();
		return reload(session.id());
	}

}
