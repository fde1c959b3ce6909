package org.tutela.outreach.send;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.tutela.catalog.Course;
import org.tutela.catalog.Session;
import org.tutela.consent.Channel;
import org.tutela.consent.ChoiceKind;
import org.tutela.consent.ConsentLedger;
import org.tutela.consent.Evidence;
import org.tutela.enrolment.Registering;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.RegistrationForm;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.register.Register;
import org.tutela.testing.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the online academy's pack, which tailors offers to past trainings on its
 * legitimate interest: a course the person followed is not suggested again (SKI-7),
 * unless they objected to that profiling (CES-3), in which case they get the list
 * everyone gets.
 */
@SpringBootTest(properties = "tutela.policy.pack=online-academy")
@Import(TrainingFixtures.class)
@DirtiesContext
class CourseSuggestionTests {

	@Autowired
	CourseSuggestions suggestions;

	@Autowired
	TrainingFixtures training;

	@Autowired
	Registering registering;

	@Autowired
	ConsentLedger ledger;

	@Autowired
	Register register;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aFollowedCourseIsNotSuggestedAgainUnlessThePersonObjectedToProfiling_SKI7_CES3() {
		Course followed = this.training.course(false, 7, null);
		Course other = this.training.course(false, 7, null);
		Session past = this.training.session(followed, 10, LocalDate.now().plusDays(1), 1, List.of());
		// Today, so that they come first in the calendar, before sessions other tests
		// planned.
		this.training.session(followed, 10, LocalDate.now(), 1, List.of());
		this.training.session(other, 10, LocalDate.now(), 1, List.of());
		Registration registration = Staff
			.coordinator(() -> this.registering.registerByStaff(past.id(), new RegistrationForm("Iris", "Claes",
					"iris+" + UUID.randomUUID() + "@example.org", null, null, null, null, null, null, null, null),
					"nl"));
		this.jdbc.sql("UPDATE catalog_session SET first_day = :day, last_day = :day WHERE id = :id")
			.param("day", LocalDate.now().minusDays(10))
			.param("id", past.id())
			.update();

		String tailored = this.suggestions.fill("Coming up:\n{{courses}}", registration.participant(), Locale.ENGLISH);
		assertThat(tailored).contains(other.title()).doesNotContain(followed.title());
		assertThat(this.suggestions.fill("No list here", registration.participant(), Locale.ENGLISH))
			.isEqualTo("No list here");

		this.ledger.record(registration.participant(), this.register.pack().training().suggestions(),
				ChoiceKind.OBJECTED, Evidence.of(Channel.STAFF));
		String generic = this.suggestions.fill("Coming up:\n{{courses}}", registration.participant(), Locale.ENGLISH);
		assertThat(generic).contains(other.title(), followed.title());
	}

}
