package org.tutela.retention;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.catalog.Session;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.RegistrationForm;
import org.tutela.enrolment.Registrations;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.people.ContactRole;
import org.tutela.people.MembershipStatus;
import org.tutela.people.NewOrganisation;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.testing.Browser;
import org.tutela.testing.PdfText;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end of a client contract at the prevention service (MEN-21, ALL-4): the DPO sees it due
 * within the month, closes it out with a transfer, and gets the proof: the contact roles
 * deleted, the registrations transferred and kept with the reason, the processors to tell, and
 * each telling recorded.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tutela.policy.pack=prevention-service")
class ContractEndTests extends RetentionTest {

	@LocalServerPort
	int port;

	@Autowired
	TrainingFixtures training;

	@Autowired
	Organisations organisations;

	@Autowired
	Registrations registrations;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDpoClosesOutAnEndedContractWithItsTransferAndProof_MEN21() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		LocalDate ended = LocalDate.now().minusDays(40);
		Organisation client = Staff.as(() -> this.organisations.add(new NewOrganisation("Ended Client " + tag, null, null,
				null, null, null, MembershipStatus.NONE, null, null, ended.minusYears(2), ended)), "people.manage");
		UUID hr = this.requests.person("Hilde", "Ramaekers", "hilde+" + tag + "@example.be");
		Staff.as(() -> this.organisations.addContact(client.id(), hr, ContactRole.HR), "people.manage", "people.read");
		Session session = this.training.session(false, 10, LocalDate.now().plusDays(5));
		Registration employee = Staff.coordinator(() -> this.registrations.registerByStaff(session.id(),
				new RegistrationForm("Ewout", "Werknemer" + tag, "ewout+" + tag + "@example.be", null, null, null, null, null,
						false, false, null), "en"));
		this.jdbc.sql("update enrolment_registration set organisation_id = :client where id = :id")
			.param("client", client.id())
			.param("id", employee.id())
			.update();

		Browser officer = new Browser(this.port);
		officer.signIn(this.accounts.of(Role.DPO));
		String desk = officer.get("/admin/retention?lang=en").body();
		assertThat(desk).contains("Ended Client " + tag, "close out by", "table-danger");

		HttpResponse<String> closed = officer.post("/admin/retention/contracts/" + client.id() + "/close", "transfer", "true");
		assertThat(closed.statusCode()).isEqualTo(302);
		String closure = URI.create(Browser.location(closed)).getPath();
		String page = officer.get(closure + "?lang=en").body();
		assertThat(page).contains("Deleted", "contact roles", "Transferred to the client", "Kept",
				"kept under their own rule: contract", "anonymise 10 years after end of calendar year of session",
				"Hosting provider", "not told yet");
		assertThat(this.jdbc.sql("select count(*) from people_organisation_contact where organisation_id = :id")
			.param("id", client.id())
			.query(Integer.class)
			.single()).as("the contact roles are gone").isZero();
		assertThat(officer.get("/admin/retention?lang=en").body()).as("closed out: no longer due")
			.doesNotContain("close out by " + ended.plusMonths(1));

		String csv = officer.get(closure + "/transfer.csv").body();
		assertThat(csv.lines()).hasSize(2);
		assertThat(csv).contains("Werknemer" + tag, session.course().code());

		officer.post(closure + "/told", "recipient", "Hosting provider");
		assertThat(officer.get(closure + "?lang=en").body()).contains("told on").doesNotContain("not told yet");
		String proof = PdfText.of(officer.download(closure + "/proof.pdf?lang=en").body());
		assertThat(proof).contains("End of a client contract", "Ended Client " + tag, "Deleted", "Transferred to the client",
				"Kept", "Hosting provider", "told on");

		assertThat(officer.post("/admin/retention/contracts/" + client.id() + "/close").statusCode())
			.as("closed out once").isEqualTo(409);
		assertThat(this.fixtures.exists(employee.id())).as("the registration is kept").isTrue();
	}

}
