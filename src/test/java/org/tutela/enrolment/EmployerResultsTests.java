package org.tutela.enrolment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.tutela.catalog.Session;
import org.tutela.disclosures.Disclosure;
import org.tutela.disclosures.Disclosures;
import org.tutela.identity.Role;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.people.Persons;
import org.tutela.register.RecipientType;
import org.tutela.register.Register;
import org.tutela.testing.Browser;
import org.tutela.testing.Http;
import org.tutela.testing.Mailbox;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With the online academy's pack, study results go to the employer who registered the
 * participant (SKI-4): the participant is told in their confirmation, before any result
 * exists, and the employer's contact sees whether they completed the course once it is
 * over, which the disclosure log records once.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tutela.policy.pack=online-academy")
@Import({ Http.class, TrainingFixtures.class })
@DirtiesContext
class EmployerResultsTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	TrainingFixtures training;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Persons persons;

	@Autowired
	Organisations organisations;

	@Autowired
	Registrations registrations;

	@Autowired
	AttendanceBook attendance;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Disclosures disclosures;

	@Autowired
	Register register;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theParticipantIsToldFirstAndTheEmployerSeesTheResultOnceTheCourseIsOver_SKI4() throws Exception {
		Session session = this.training.session(false, 10, LocalDate.now().plusDays(4));
		String hrEmail = "hr+" + this.tag + "@client.example.org";
		Organisation client = this.training.client(hrEmail);
		Browser contact = new Browser(this.port);
		contact.signIn(this.accounts.portalWithPassword(Role.CLIENT_CONTACT, hrEmail));
		contact.get("/me/registrations?session=" + session.id());
		String employee = "tom+" + this.tag + "@example.org";
		contact.post("/me/registrations", "session", session.id().toString(), "organisation", client.id().toString(),
				"firstName", "Tom", "lastName", "Visser", "email", employee);

		assertThat(GreenMailUtil.getBody(Mailbox.await(smtp, employee, "Registration confirmed").get(0)))
			.contains("Your employer receives your results for this course");
		assertThat(contact.get("/me/registrations?lang=en").body()).doesNotContain(">Completed<");

		Registration registration = Staff.coordinator(() -> this.registrations.ofSession(session.id())).get(0);
		LocalDate yesterday = LocalDate.now().minusDays(1);
		this.jdbc.sql("UPDATE catalog_session SET first_day = :day, last_day = :day WHERE id = :id")
			.param("day", yesterday)
			.param("id", session.id())
			.update();
		Staff.coordinator(() -> {
			this.attendance.record(session.id(), new AttendanceMark(registration.id(), yesterday, true, null));
			return null;
		});

		assertThat(contact.get("/me/registrations?lang=en").body()).contains("<td class=\"result\">Completed</td>");
		contact.get("/me/registrations?lang=en");
		List<Disclosure> logged = Staff.as(() -> this.disclosures.about(registration.participant()), "backoffice",
				"audit.read");
		assertThat(logged).as("logged once, however often the result is shown")
			.singleElement()
			.satisfies(disclosure -> {
				assertThat(disclosure.activity()).isEqualTo(this.register.pack().training().results());
				assertThat(disclosure.recipientType()).isEqualTo(RecipientType.EMPLOYER);
				assertThat(disclosure.disclosedBy()).isEqualTo("system");
			});
	}

}
