package org.tutela.certification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.tutela.TutelaApplication;
import org.tutela.catalog.Course;
import org.tutela.catalog.Session;
import org.tutela.enrolment.AttendanceBook;
import org.tutela.enrolment.AttendanceMark;
import org.tutela.enrolment.Registering;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.RegistrationForm;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.testing.Mailbox;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application instances on one database remind the holders of expiring certificates
 * at the same moments, again and again: each holder gets exactly one reminder (MEN-4),
 * because each reminder is claimed before it is queued. On PostgreSQL only: the embedded
 * database is for a single node.
 */
@SpringBootTest
@Import(TrainingFixtures.class)
@EnabledIfSystemProperty(named = "tutela.test.database", matches = "postgres")
@DirtiesContext
class RemindersOnTwoNodesTests {

	private static final int ROUNDS = 5;

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@Autowired
	TrainingFixtures training;

	@Autowired
	Registering registering;

	@Autowired
	AttendanceBook attendance;

	@Autowired
	Certificates certificates;

	@Autowired
	RefresherReminders reminders;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void twoNodesRemindingAtTheSameMomentsSendEachReminderExactlyOnce_MEN4() throws Exception {
		Course course = this.training.course(true, 7, 24);
		Session session = this.training.session(course, 10, LocalDate.now().plusDays(5), 1, List.of());
		List<String> holders = List.of(email("ann"), email("bert"), email("carl"));
		List<String> nationalNumbers = List.of("85.07.30-035.26", "85.07.30-037.24", "85.07.30-039.22");
		List<Registration> registrations = new ArrayList<>();
		for (int i = 0; i < holders.size(); i++) {
			registrations.add(register(session, holders.get(i), nationalNumbers.get(i)));
		}
		Session held = this.training.holdInThePast(session, LocalDate.now().minusMonths(23));
		for (Registration registration : registrations) {
			Staff.coordinator(() -> {
				this.attendance.record(held.id(), new AttendanceMark(registration.id(), held.firstDay(), true, null));
				return null;
			});
		}
		assertThat(Staff.coordinator(() -> this.certificates.issue(held.id()))).hasSize(3)
			.allSatisfy(certificate -> assertThat(certificate.validUntil()).isBefore(LocalDate.now().plusDays(60)));

		ExecutorService threads = Executors.newFixedThreadPool(2);
		try (ConfigurableApplicationContext other = new SpringApplicationBuilder(TutelaApplication.class)
			.properties("server.port=0")
			.run()) {
			RefresherReminders there = other.getBean(RefresherReminders.class);
			for (int round = 0; round < ROUNDS; round++) {
				CyclicBarrier together = new CyclicBarrier(2);
				Future<Integer> here = threads.submit(() -> {
					together.await();
					return this.reminders.remind();
				});
				Future<Integer> away = threads.submit(() -> {
					together.await();
					return there.remind();
				});
				here.get();
				away.get();
			}
		}
		finally {
			threads.shutdownNow();
		}
		for (String holder : holders) {
			Mailbox.await(smtp, holder, "Time for a refresher");
		}
		Thread.sleep(2_000);
		for (String holder : holders) {
			assertThat(Mailbox.to(smtp, holder, "Time for a refresher")).as(holder).hasSize(1);
		}
		String body = Mailbox
			.decoded(GreenMailUtil.getBody(Mailbox.to(smtp, holders.get(0), "Time for a refresher").get(0)));
		assertThat(body).as("the day in the reader's words")
			.containsPattern("valid until \\S.* \\d{4}\\.")
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
	}

	private Registration register(Session session, String email, String nationalNumber) {
		RegistrationForm form = new RegistrationForm(email.substring(0, email.indexOf('+')), "Peeters", email, null,
				null, null, nationalNumber, null, false, false, null);
		return Staff.coordinator(() -> this.registering.registerByStaff(session.id(), form, "en"));
	}

	private String email(String name) {
		return name.toLowerCase(Locale.ROOT) + "+" + this.tag + "@example.org";
	}

}
