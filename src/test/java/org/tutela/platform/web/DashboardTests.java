package org.tutela.platform.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.tutela.catalog.NewSession;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.certification.Certificates;
import org.tutela.enrolment.AttendanceBook;
import org.tutela.enrolment.AttendanceMark;
import org.tutela.enrolment.Registering;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.RegistrationForm;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.testing.Browser;
import org.tutela.testing.HttpTest;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard each role lands on: a coordinator's coming sessions with their places
 * taken and waiting lists, a trainer's own sessions of the week, the DPO's requests; each
 * line and number links to what it counts, and nobody sees another role's panel.
 */
@HttpTest
@Import(TrainingFixtures.class)
class DashboardTests {

	@LocalServerPort
	int port;

	@Autowired
	TrainingFixtures training;

	@Autowired
	Registering registering;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AttendanceBook attendance;

	@Autowired
	Sessions sessions;

	@Autowired
	Certificates certificates;

	@Test
	void eachRoleLandsOnWhatItWorksOnEachLineLinkedToItsList() {
		var trainer = this.accounts.of(Role.TRAINER);
		Session taught = this.training.session(this.training.course(false, 7, null), 2, LocalDate.now().plusDays(2), 1,
				List.of(trainer.id().value()));
		Session other = this.training.session(false, 10, LocalDate.now().plusDays(3));
		String tag = UUID.randomUUID().toString().substring(0, 8);
		for (String name : List.of("Ann", "Bert", "Cis")) {
			Staff.coordinator(() -> this.registering.registerByStaff(taught.id(),
					new RegistrationForm(name, "Peeters", name.toLowerCase(Locale.ROOT) + "+" + tag + "@example.org",
							null, null, null, null, null, null, null, null),
					"en"));
		}

		String coordinator = dashboard(Role.COORDINATOR);
		assertThat(coordinator)
			.contains("href=\"/admin/sessions/" + taught.id() + "\"", "2 of 2 places taken · 1 waiting",
					"href=\"/admin/sessions/" + other.id() + "\"")
			.doesNotContain("All requests");

		String trainerPage = dashboard(Role.TRAINER);
		assertThat(trainerPage).contains("My sessions this week", "href=\"/admin/sessions/" + taught.id() + "\"")
			.doesNotContain("href=\"/admin/sessions/" + other.id() + "\"");

		String dpo = dashboard(Role.DPO);
		assertThat(dpo)
			.contains("Data-subject requests", "href=\"/admin/requests\"", "legal holds", "href=\"/admin/retention\"")
			.doesNotContain("/admin/sessions/" + taught.id());
	}

	@Test
	void marketingSeesTheCampaignsSendingAndAdministratorsTheAuditChain() {
		assertThat(dashboard(Role.MARKETING)).contains("campaigns sending", "href=\"/admin/outreach\"")
			.doesNotContain("Audit trail</h2>");
		assertThat(dashboard(Role.ADMIN)).contains("Audit trail</h2>", "Read the audit trail");
	}

	@Test
	void thePanelsReadOnlyTheSessionsHeldInTheirWindowOfDays() {
		LocalDate from = LocalDate.now().plusDays(4000 + new Random().nextInt(4000));
		var course = this.training.course(false, 7, null);
		Session endedBefore = this.training.session(course, 10, from.minusDays(5), 5, List.of());
		Session spanningTheStart = this.training.session(course, 10, from.minusDays(2), 4, List.of());
		Session onTheLastDay = this.training.session(course, 10, from.plusDays(10), 1, List.of());
		Session after = this.training.session(course, 10, from.plusDays(11), 1, List.of());
		Set<UUID> planned = Set.of(endedBefore.id(), spanningTheStart.id(), onTheLastDay.id(), after.id());
		assertThat(Staff.coordinator(() -> this.sessions.overlapping(from, from.plusDays(10)))
			.stream()
			.map(Session::id)
			.filter(planned::contains)).containsExactly(spanningTheStart.id(), onTheLastDay.id());
	}

	@Test
	void theCoordinatorSeesTheSessionsThatHaveFewerParticipantsThanTheyNeed() {
		var course = this.training.course(false, 7, null);
		Session needing = Staff.coordinator(() -> this.sessions
			.plan(new NewSession(course.id().value(), LocalDate.now().plusDays(5), LocalDate.now().plusDays(5),
					LocalTime.of(9, 0), LocalTime.of(17, 0), null, true, 10, "nl", List.of(), 3)));
		Staff.coordinator(() -> this.registering.registerByStaff(needing.id(), new RegistrationForm("Cas", "Peeters",
				"cas+" + UUID.randomUUID() + "@example.org", null, null, null, null, null, null, null, null), "en"));
		assertThat(dashboard(Role.COORDINATOR)).contains("below their minimum",
				"1 of 10 places taken · 0 waiting · needs 3 to go ahead");
	}

	@Test
	void aTrainerSeesEachPastDayOfTheirSessionWhoseAttendanceIsNotRecorded() {
		var trainer = this.accounts.fresh(Role.TRAINER);
		Session planned = this.training.session(this.training.course(false, 7, null), 5, LocalDate.now().plusDays(2), 2,
				List.of(trainer.id().value()));
		Registration ann = Staff
			.coordinator(() -> this.registering.registerByStaff(planned.id(), new RegistrationForm("Ann", "Maes",
					"ann+" + UUID.randomUUID() + "@example.org", null, null, null, null, null, null, null, null),
					"en"));
		LocalDate first = LocalDate.now().minusDays(2);
		Session held = this.training.holdInThePast(planned, first);
		Browser browser = new Browser(this.port);
		browser.signIn(trainer);

		String before = browser.get("/admin?lang=en").body();
		assertThat(before).contains("Attendance to record", "2</strong>",
				"href=\"/admin/sessions/" + held.id() + "/attendance?day=" + first + "\"",
				"href=\"/admin/sessions/" + held.id() + "/attendance?day=" + first.plusDays(1) + "\"");

		Staff.coordinator(() -> this.attendance.record(held.id(), new AttendanceMark(ann.id(), first, true, null)));
		String after = browser.get("/admin?lang=en").body();
		assertThat(after).contains("Attendance to record")
			.doesNotContain("attendance?day=" + first + "\"")
			.contains("attendance?day=" + first.plusDays(1) + "\"");
	}

	@Test
	void theCoordinatorSeesTheCertificatesStillToIssueOnceAttendanceIsRecorded() {
		Session planned = this.training.session(this.training.course(true, 7, 24), 5, LocalDate.now().plusDays(2), 1,
				List.of());
		Registration bo = Staff.coordinator(() -> this.registering.registerByStaff(planned.id(),
				new RegistrationForm("Bo", "Wuyts", "bo+" + UUID.randomUUID() + "@example.org", null, null, null,
						"85.07.30-033.28", null, false, false, null),
				"en"));
		LocalDate day = LocalDate.now().minusDays(3);
		Session held = this.training.holdInThePast(planned, day);
		String link = "href=\"/admin/sessions/" + held.id() + "/certificates\"";
		assertThat(dashboard(Role.COORDINATOR)).doesNotContain(link);

		Staff.coordinator(() -> this.attendance.record(held.id(), new AttendanceMark(bo.id(), day, true, null)));
		assertThat(dashboard(Role.COORDINATOR)).contains("certificates to issue", link,
				"1 participant met the attendance rule without a certificate");

		Staff.coordinator(() -> this.certificates.issue(held.id()));
		assertThat(dashboard(Role.COORDINATOR)).doesNotContain(link);
	}

	private String dashboard(Role role) {
		Browser browser = new Browser(this.port);
		browser.signIn(this.accounts.of(role));
		return browser.get("/admin?lang=en").body();
	}

}
