package org.tutela.testing.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.catalog.Course;
import org.tutela.catalog.Session;
import org.tutela.certification.Certificates;
import org.tutela.enrolment.AttendanceBook;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.TrainingFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Synthetic training data agrees with the application's own rules: the certificates
 * written are exactly those the attendance rule gives, and their codes verify like real
 * ones.
 */
@SpringBootTest
@Import(TrainingFixtures.class)
class SyntheticTrainingTests {

	@Autowired
	ApplicationContext app;

	@Autowired
	TrainingFixtures training;

	@Autowired
	AttendanceBook attendance;

	@Autowired
	Certificates certificates;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theSameSeedGivesTheSameRegistrations() {
		SyntheticTraining first = new SyntheticTraining(7);
		SyntheticTraining again = new SyntheticTraining(7);
		SyntheticTraining other = new SyntheticTraining(8);
		List<List<SyntheticTraining.Synthetic>> a = new ArrayList<>();
		List<List<SyntheticTraining.Synthetic>> b = new ArrayList<>();
		List<List<SyntheticTraining.Synthetic>> c = new ArrayList<>();
		for (int i = 0; i < 200; i++) {
			a.add(first.registrations(i, 12));
			b.add(again.registrations(i, 12));
			c.add(other.registrations(i, 12));
		}
		assertThat(a).isEqualTo(b).isNotEqualTo(c);
		assertThat(a.stream().filter(List::isEmpty).count()).isBetween(50L, 110L);
	}

	@Test
	void certificatesAreThoseTheAttendanceRuleGivesAndVerify() {
		Course certified = this.training.course(true, 7, 36);
		Course plain = this.training.course(false, 7, null);
		List<Session> sessions = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			sessions.add(this.training.session(i % 2 == 0 ? certified : plain, 1_000, LocalDate.now().plusDays(5), 3,
					List.of()));
		}
		// The first two took place last month.
		for (Session session : sessions.subList(0, 2)) {
			this.jdbc.sql("UPDATE catalog_session SET first_day = :first, last_day = :last WHERE id = :id")
				.param("first", LocalDate.now().minusDays(40))
				.param("last", LocalDate.now().minusDays(38))
				.param("id", session.id())
				.update();
		}
		List<Session> planned = sessions.stream().map(session -> this.training.reload(session.id())).toList();

		new SyntheticLoad(this.app).loadWithTraining(new SyntheticPeople(31), 0, 3_000, planned,
				new SyntheticTraining(31), done -> {
				});

		Session heldCertified = planned.get(0);
		Set<UUID> completed = this.attendance.completed(heldCertified)
			.stream()
			.map(Registration::id)
			.collect(Collectors.toSet());
		List<UUID> issued = this.jdbc
			.sql("SELECT registration_id FROM certification_certificate WHERE session_id = :id")
			.param("id", heldCertified.id())
			.query(UUID.class)
			.list();
		assertThat(completed).hasSizeGreaterThan(100);
		assertThat(issued).containsExactlyInAnyOrderElementsOf(completed);
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM certification_certificate WHERE session_id = :id")
			.param("id", planned.get(1).id())
			.query(Integer.class)
			.single()).as("a course that is not certified gives none").isZero();
		String code = this.jdbc.sql("SELECT code FROM certification_certificate WHERE session_id = :id LIMIT 1")
			.param("id", heldCertified.id())
			.query(String.class)
			.single();
		assertThat(this.certificates.verify(code))
			.hasValueSatisfying(verification -> assertThat(verification.valid()).isTrue());
	}

}
