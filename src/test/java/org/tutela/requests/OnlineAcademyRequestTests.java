package org.tutela.requests;

import java.time.LocalDate;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
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
import org.tutela.enrolment.Registering;
import org.tutela.enrolment.RegistrationForm;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.holidays.PublicHolidays;
import org.tutela.testing.Browser;
import org.tutela.testing.Mailbox;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.requests.RequestFixtures.body;
import static org.tutela.requests.RequestFixtures.dpo;

/**
 * The online academy (SKI-12): a participant asks in their account, which proves who they
 * are; requests are answered within 4 weeks; where the law forbids deletion yet, the
 * person is told so and the first date it becomes possible.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tutela.policy.pack=online-academy")
@Import({ TrainingFixtures.class, RequestFixtures.class })
@DirtiesContext
class OnlineAcademyRequestTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	TrainingFixtures training;

	@Autowired
	RequestFixtures fixtures;

	@Autowired
	Registering registering;

	@Autowired
	DpoDesk desk;

	@Autowired
	RequestAnswers answers;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aParticipantAsksInTheirAccountAndIsToldTheFirstDateErasureIsPossible_SKI12() throws Exception {
		String email = "sanne+" + this.tag + "@example.nl";
		Session session = this.training.session(false, 10, LocalDate.now().plusDays(6));
		PersonId person = Staff.coordinator(() -> this.registering.registerByStaff(session.id(),
				new RegistrationForm("Sanne", "de Vries", email, null, null, null, null, null, null, null, null), "en"))
			.participant();
		Browser participant = new Browser(this.port);
		participant.signIn(this.accounts.portalWithPassword(Role.PARTICIPANT, email));

		participant.get("/me/requests");
		assertThat(participant.post("/me/requests", "right", "ERASURE", "details", "Please remove me.").statusCode())
			.isEqualTo(302);
		DataRequest request = dpo(() -> this.desk.open()).stream()
			.filter(open -> person.equals(open.person()))
			.findFirst()
			.orElseThrow();
		assertThat(request.status()).as("the sign-in proves who asks").isEqualTo(RequestStatus.VERIFIED);
		assertThat(request.verification()).isEqualTo(Verification.PORTAL);
		assertThat(request.dueOn()).as("4 weeks, on a Dutch working day")
			.isEqualTo(PublicHolidays.workingDayFrom(request.receivedOn().plusWeeks(4), "NL"));
		assertThat(participant.get("/me/requests?lang=en").body()).contains("Being handled");

		ErasureOutcome outcome = dpo(() -> this.answers.erase(request.id()));

		LocalDate possible = LocalDate.of(session.lastDay().getYear() + 7, 12, 31).plusDays(1);
		assertThat(outcome.complete()).isFalse();
		assertThat(outcome.kept()).singleElement().satisfies(kept -> {
			assertThat(kept.activity()).isEqualTo("registration");
			assertThat(kept.possibleFrom()).as("7 years after the end of the year of the training").isEqualTo(possible);
		});
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM enrolment_registration WHERE participant_id = :id")
			.param("id", person.value())
			.query(Integer.class)
			.single()).as("kept while the fiscal duty lasts").isOne();
		assertThat(body(Mailbox.await(smtp, email, "Your erasure request")))
			.contains("erasure possible from January 1, " + possible.getYear());
	}

	@Test
	void theAnswerToAPortalRequestOpensOnlyForThePersonSignedIn_SKI12() throws Exception {
		String email = "noor+" + this.tag + "@example.nl";
		PersonId person = this.fixtures.person("Noor", "Bakker", email);
		Browser participant = new Browser(this.port);
		participant.signIn(this.accounts.portalWithPassword(Role.PARTICIPANT, email));
		participant.get("/me/requests");
		participant.post("/me/requests", "right", "ACCESS");
		DataRequest request = dpo(() -> this.desk.open()).stream()
			.filter(open -> person.equals(open.person()))
			.findFirst()
			.orElseThrow();
		dpo(() -> this.answers.answerAccess(request.id(), null));

		String mail = body(Mailbox.await(smtp, email, "The overview of your data"));
		assertThat(mail).contains("/me/requests/download/");
		String path = mail.substring(mail.indexOf("/me/requests/download/")).split("\\s")[0];
		assertThat(new Browser(this.port).get(path).statusCode()).as("not signed in: to the sign-in page")
			.isEqualTo(302);
		Browser other = new Browser(this.port);
		other.signIn(this.accounts.portalWithPassword(Role.PARTICIPANT, "other+" + this.tag + "@example.nl"));
		assertThat(other.get(path).statusCode()).as("another participant").isEqualTo(409);
		assertThat(participant.get(path + "?lang=en").body()).contains("Bakker").contains(path + ".pdf");
		assertThat(participant.download(path + ".pdf").statusCode()).isEqualTo(200);
	}

}
