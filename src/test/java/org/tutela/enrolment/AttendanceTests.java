package org.tutela.enrolment;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.catalog.Session;
import org.tutela.identity.Role;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.testing.Browser;
import org.tutela.testing.HttpTest;
import org.tutela.testing.PdfText;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The trainer's attendance page: present or absent per day with a drawn signature, only
 * on the sessions they teach (MEN-11), and the attendance list as PDF; remarks stay with
 * the coordinators the pack names (MEN-4).
 */
@HttpTest
@Import(TrainingFixtures.class)
class AttendanceTests {

	/** A one-pixel PNG, as a signature canvas would send it. */
	private static final String SIGNATURE = "data:image/png;base64,"
			+ "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

	@LocalServerPort
	int port;

	@Autowired
	TrainingFixtures training;

	@Autowired
	Registering registering;

	@Autowired
	AttendanceBook attendance;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Clock clock;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aTrainerRecordsPresenceAndSignaturesOnTheirOwnSessionOnlyAndPrintsTheList_MEN11() {
		var trainerAccount = this.accounts.fresh(Role.TRAINER);
		Session planned = this.training.session(this.training.course(false, 7, null), 10, LocalDate.now().plusDays(3),
				2, List.of(trainerAccount.id().value()));
		Session other = this.training.session(false, 10, LocalDate.now().plusDays(3));
		Registration ann = register(planned, "Ann");
		Registration bert = register(planned, "Bert");
		register(other, "Cleo");
		Session mine = this.training.holdInThePast(planned, LocalDate.now().minusDays(1));
		Browser trainer = new Browser(this.port);
		trainer.signIn(trainerAccount);

		String sheet = trainer.get("/admin/sessions/" + mine.id() + "/attendance?lang=en").body();
		assertThat(sheet).contains("Ann Test", "Bert Test", "canvas class=\"signature");
		HttpResponse<String> saved = trainer.post("/admin/sessions/" + mine.id() + "/attendance", "registration",
				ann.id().toString(), "day", mine.firstDay().toString(), "present", "true", "signature", SIGNATURE);
		assertThat(Browser.location(saved)).contains("/attendance?day=" + mine.firstDay());
		trainer.get("/admin/sessions/" + mine.id() + "/attendance");
		trainer.post("/admin/sessions/" + mine.id() + "/attendance", "registration", bert.id().toString(), "day",
				mine.firstDay().toString(), "signature", "");

		List<AttendanceMark> marks = Staff.coordinator(() -> this.attendance.sheet(mine.id()));
		assertThat(marks).hasSize(2);
		assertThat(marks).filteredOn(mark -> mark.registration().equals(ann.id()))
			.singleElement()
			.satisfies(mark -> assertThat(mark.signature()).isEqualTo(SIGNATURE));
		assertThat(marks).filteredOn(mark -> mark.registration().equals(bert.id()))
			.singleElement()
			.satisfies(mark -> assertThat(mark.present()).isFalse());

		String pdf = PdfText.of(trainer.download("/admin/sessions/" + mine.id() + "/attendance.pdf?lang=en").body());
		assertThat(pdf).contains("Attendance list", "Ann Test", "Present", "Bert Test", "Absent");

		assertThat(trainer.get("/admin/sessions/" + other.id() + "/attendance").statusCode()).isEqualTo(403);
		assertThat(trainer.get("/admin/sessions/" + other.id()).statusCode()).isEqualTo(403);
		trainer.get("/admin/sessions/" + mine.id() + "/attendance");
		assertThat(trainer
			.post("/admin/sessions/" + other.id() + "/attendance", "registration", ann.id().toString(), "day",
					other.firstDay().toString(), "present", "true")
			.statusCode()).isEqualTo(403);
		assertThat(trainer.get("/admin/sessions?lang=en").body()).as("running today, and none of another trainer's")
			.contains(mine.course().code())
			.doesNotContain(other.course().code());
		assertThat(trainer.get("/admin/sessions?period=held&lang=en").body()).as("not held yet")
			.doesNotContain("href=\"/admin/sessions/" + mine.id() + "\"");
	}

	@Test
	void aSignatureThatIsNotAPictureOrForAnAbsentParticipantIsRefused() {
		Session planned = this.training.session(false, 10, LocalDate.now().plusDays(3));
		Registration registration = register(planned, "Dirk");
		Session session = this.training.holdInThePast(planned, LocalDate.now(this.clock));
		Browser coordinator = new Browser(this.port);
		coordinator.signIn(this.accounts.of(Role.COORDINATOR));
		coordinator.get("/admin/sessions/" + session.id() + "/attendance");

		HttpResponse<String> script = coordinator.post("/admin/sessions/" + session.id() + "/attendance?lang=en",
				"registration", registration.id().toString(), "day", session.firstDay().toString(), "present", "true",
				"signature", "javascript:alert(1)");
		assertThat(script.statusCode()).isEqualTo(400);
		assertThat(script.body()).contains("The signature could not be read");
		assertThat(Staff.coordinator(() -> this.attendance.sheet(session.id()))).isEmpty();
	}

	@Test
	void attendanceForADayThatHasNotBegunIsRefusedAndNothingIsStored() {
		Session session = this.training.session(false, 10, LocalDate.now().plusDays(3));
		Registration registration = register(session, "Els");
		Browser coordinator = new Browser(this.port);
		coordinator.signIn(this.accounts.of(Role.COORDINATOR));
		coordinator.get("/admin/sessions/" + session.id() + "/attendance");

		HttpResponse<String> early = coordinator.post("/admin/sessions/" + session.id() + "/attendance?lang=en",
				"registration", registration.id().toString(), "day", session.firstDay().toString(), "present", "true",
				"signature", SIGNATURE);

		assertThat(early.statusCode()).isEqualTo(400);
		assertThat(early.body())
			.contains("That day has not begun yet: attendance is recorded on the day itself or later.");
		assertThatThrownBy(() -> Staff.coordinator(() -> this.attendance.record(session.id(),
				new AttendanceMark(registration.id(), session.firstDay(), true, null))))
			.isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.errors())
				.containsExactly(new FieldError("day", "attendance.not-begun")));
		assertThat(Staff.coordinator(() -> this.attendance.sheet(session.id()))).isEmpty();
	}

	private Registration register(Session session, String first) {
		return Staff.coordinator(() -> this.registering.registerByStaff(session.id(),
				new RegistrationForm(first, "Test", first.toLowerCase() + "+" + this.tag + "@example.org", null, null,
						null, null, null, false, false, null),
				"en"));
	}

}
