package org.tutela.requests;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
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
import org.tutela.identity.Role;
import org.tutela.people.NewContact;
import org.tutela.people.NewPerson;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.personaldata.PersonId;
import org.tutela.register.Register;
import org.tutela.testing.Browser;
import org.tutela.testing.Mailbox;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.requests.RequestFixtures.body;
import static org.tutela.requests.RequestFixtures.dpo;

/**
 * The DPO's desk: late and soon-due requests stand out, the DPO is reminded before a
 * deadline passes (ALL-4), a letter is recorded with its channel and the request's file
 * shows every step.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(RequestFixtures.class)
@DirtiesContext
class RequestDeskTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	RequestFixtures fixtures;

	@Autowired
	DpoDesk desk;

	@Autowired
	RequestIntake intake;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Register register;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Persons persons;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theDpoIsRemindedOnceADayOfWhatIsDueSoonOrLate_ALL4() throws Exception {
		this.jdbc.sql(
				"UPDATE requests_request SET reminded_on = :today WHERE status IN ('AWAITING_VERIFICATION', 'VERIFIED')")
			.param("today", LocalDate.now())
			.update();
		DataRequest late = letter("Late " + this.tag, LocalDate.now().minusDays(40));
		DataRequest soon = letter("Soon " + this.tag, LocalDate.now().minusDays(26));
		DataRequest later = letter("Later " + this.tag, LocalDate.now());

		assertThat(this.desk.remindDue(7)).isEqualTo(2);
		assertThat(this.desk.remindDue(7)).as("once a day").isZero();

		String reminder = body(Mailbox.await(smtp, this.register.pack().dpoEmail(), "Data-subject requests due soon"));
		assertThat(reminder).contains(late.id() + ": access")
			.contains("(late)")
			.contains(soon.id().toString())
			.doesNotContain(later.id().toString())
			.doesNotContain(this.tag);
	}

	@Test
	void theDeskShowsWhatIsLateAndTheFileShowsEveryStep_ALL4() {
		DataRequest late = letter("Late Desk " + this.tag, LocalDate.now().minusDays(45));
		Browser officer = new Browser(this.port);
		officer.signIn(this.accounts.of(Role.DPO));

		String desk = officer.get("/admin/requests?lang=en").body();
		assertThat(desk).contains("/admin/requests/" + late.id()).contains("table-danger");
		assertThat(desk).as("the desk speaks to staff, not in the requester's voice")
			.contains("Requester&#39;s name", "Access (Art. 15)", "Erasure (Art. 17)")
			.doesNotContain("Your name", "See the data you hold about me");

		officer.get("/admin/requests/" + late.id() + "?lang=en");
		String refused = officer.post("/admin/requests/" + late.id() + "/refuse?lang=en", "reason", "").body();
		assertThat(refused).as("the rule beside the refusal's reason, not the extension's")
			.contains("id=\"refuse-reason-error\"", "aria-describedby=\"refuse-reason-error\"")
			.doesNotContain("id=\"extend-reason-error\"");
		assertThat(officer.get("/admin/requests/" + late.id() + "?lang=en").body())
			.contains("Waiting for identity check");
		assertThat(officer.post("/admin/requests/" + late.id() + "/refuse", "reason", "We hold no data about you.")
			.statusCode()).isEqualTo(302);
		String file = officer.get("/admin/requests/" + late.id() + "?lang=en").body();
		assertThat(file).contains("Refused")
			.contains("We hold no data about you.")
			.contains("received")
			.contains("refused");
		assertThat(dpo(() -> this.desk.open())).extracting(DataRequest::id).doesNotContain(late.id());
	}

	@Test
	void aRequestRecordedWithoutItsRequestersNameKeepsWhatWasTypedAndNamesTheFieldBesideIt() {
		Browser officer = new Browser(this.port);
		officer.signIn(this.accounts.of(Role.DPO));
		officer.get("/admin/requests?lang=en");
		StringBuilder body = new StringBuilder();
		String[] fields = { "_csrf", officer.csrfToken(), "channel", "LETTER", "right", "ERASURE", "fileKind",
				"GENERAL", "receivedOn", LocalDate.now().toString(), "name", "", "email",
				"desk." + this.tag + "@example.be", "details", "Please erase <b>everything</b> " + this.tag };
		for (int i = 0; i < fields.length; i += 2) {
			body.append("--XX\r\nContent-Disposition: form-data; name=\"")
				.append(fields[i])
				.append("\"\r\n\r\n")
				.append(fields[i + 1])
				.append("\r\n");
		}
		body.append("--XX--\r\n");
		HttpResponse<String> page = officer.postRaw("/admin/requests", "multipart/form-data; boundary=XX",
				body.toString().getBytes(StandardCharsets.UTF_8));

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("id=\"name-error\"", "aria-describedby=\"name-error\"")
			.contains("value=\"desk." + this.tag + "@example.be\"")
			.contains("Please erase &lt;b&gt;everything&lt;/b&gt; " + this.tag)
			.containsPattern(
					"<option value=\"ERASURE\" selected=\"selected\"|<option selected=\"selected\" value=\"ERASURE\"")
			.containsPattern(
					"<option value=\"LETTER\" selected=\"selected\"|<option selected=\"selected\" value=\"LETTER\"");
		assertThat(dpo(() -> this.desk.open()))
			.noneMatch(request -> request.details() != null && request.details().contains(this.tag));
	}

	@Test
	void aRectificationOnTheDeskChangesOnlyWhatIsFilledIn_MEZ11() {
		PersonId person = Staff.coordinator(() -> this.persons
			.register(new NewPerson("Jo", "Maria", "Claes" + this.tag, null, "nl", "Planner", Provenance.WEB_FORM,
					List.of(NewContact.business("jo+" + this.tag + "@example.be")), List.of(), List.of())))
			.id();
		DataRequest request = this.fixtures.verified(person, Right.RECTIFICATION);
		Browser officer = new Browser(this.port);
		officer.signIn(this.accounts.of(Role.DPO));
		officer.get("/admin/requests/" + request.id());

		officer.post("/admin/requests/" + request.id() + "/rectify", "firstName", "", "secondName", "", "lastName",
				"Claessens", "birthDate", "", "language", "", "jobFunction", "", "clearJobFunction", "true");

		assertThat(this.jdbc
			.sql("SELECT first_name, second_name, last_name, job_function FROM people_person WHERE id = :id")
			.param("id", person.value())
			.query((row, number) -> row.getString(1) + " " + row.getString(2) + " " + row.getString(3) + " "
					+ row.getString(4))
			.single()).isEqualTo("Jo Maria Claessens null");
	}

	private DataRequest letter(String name, LocalDate received) {
		return dpo(() -> this.intake
			.receive(new StaffIntake(Intake.LETTER, Right.ACCESS, null, name, null, null, received, null, null)));
	}

}
