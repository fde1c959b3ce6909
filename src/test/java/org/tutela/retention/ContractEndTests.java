package org.tutela.retention;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.catalog.Session;
import org.tutela.enrolment.Registering;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.RegistrationForm;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.people.ContactRole;
import org.tutela.people.MembershipStatus;
import org.tutela.people.NewOrganisation;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.personaldata.PersonId;
import org.tutela.testing.Browser;
import org.tutela.testing.Eventually;
import org.tutela.testing.PdfText;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The end of a client contract at the prevention service (MEN-21, ALL-4): the DPO sees it
 * due within the month, closes it out with a transfer, and gets the proof: the contact
 * roles deleted, the registrations transferred and kept with the reason, the processors
 * to tell, and each telling recorded.
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
	Registering registering;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Retention retention;

	@Autowired
	ContractEnds contractEnds;

	@Test
	void theDpoClosesOutAnEndedContractWithItsTransferAndProof_MEN21() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		LocalDate ended = LocalDate.now().minusDays(40);
		Organisation client = Staff.as(() -> this.organisations.add(new NewOrganisation("Ended Client " + tag, null,
				null, null, null, null, MembershipStatus.NONE, null, null, ended.minusYears(2), ended)),
				"people.manage");
		PersonId hr = this.requests.person("Hilde", "Ramaekers", "hilde+" + tag + "@example.be");
		PersonId disputed = this.requests.person("Dirk", "Geschil", "dirk+" + tag + "@example.be");
		Staff.as(() -> this.organisations.addContact(client.id(), hr, ContactRole.HR), "people.manage", "people.read");
		Staff.as(() -> this.organisations.addContact(client.id(), disputed, ContactRole.INVOICE), "people.manage",
				"people.read");
		Staff.as(() -> this.retention.hold(disputed, HoldReason.UNPAID_INVOICE, null), "backoffice", "people.read",
				"retention.manage");
		Session session = this.training.session(false, 10, LocalDate.now().plusDays(5));
		Registration employee = Staff
			.coordinator(
					() -> this.registering.registerByStaff(
							session.id(), new RegistrationForm("Ewout", "Werknemer" + tag,
									"ewout+" + tag + "@example.be", null, null, null, null, null, false, false, null),
							"en"));
		this.jdbc.sql("UPDATE enrolment_registration SET organisation_id = :client, registrant_id = :hr WHERE id = :id")
			.param("client", client.id())
			.param("hr", hr.value())
			.param("id", employee.id())
			.update();

		Browser officer = new Browser(this.port);
		officer.signIn(this.accounts.of(Role.DPO));
		String desk = officer.get("/admin/retention?lang=en").body();
		int row = desk.indexOf(">Ended Client " + tag + "</td>");
		assertThat(row).as("listed as ended").isPositive();
		assertThat(desk.substring(desk.lastIndexOf("<tr", row), row)).as("a month has passed: late")
			.contains("table-danger");
		assertThat(desk.substring(row)).contains("close out by " + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
			.withLocale(Locale.ENGLISH)
			.format(ended.plusMonths(1)));

		assertThat(desk.substring(row)).as("closing out is confirmed first, saying what happens")
			.contains("What was processed for Ended Client " + tag + " is deleted now");
		HttpResponse<String> closed = officer.post("/admin/retention/contracts/" + client.id() + "/close", "transfer",
				"true");
		assertThat(closed.statusCode()).isEqualTo(302);
		String closure = URI.create(Browser.location(closed)).getPath();
		String page = officer.get(closure + "?lang=en").body();
		assertThat(page).contains("Deleted", "contact roles at the client", "who registered whom",
				"Transferred to the client", "Kept",
				"kept by the training records&#39; retention rule: anonymise 10 years after end of calendar year of session",
				"legal hold or open data-subject request", "Hosting provider", "not told yet");
		ContractClosure proofLines = Staff.as(() -> this.contractEnds.closed()
			.stream()
			.filter(candidate -> candidate.organisation().equals(client.id()))
			.findFirst()
			.orElseThrow(), "retention.manage");
		assertThat(proofLines.lines()).as("decided at the close-out, before anything is carried out")
			.contains(new ContractClosure.Line(ContractClosure.Outcome.DELETED, "contact-roles", 1, null),
					new ContractClosure.Line(ContractClosure.Outcome.DELETED, "registrant-links", 1, null),
					new ContractClosure.Line(ContractClosure.Outcome.KEPT, "contact-roles", 1,
							"legal hold or open data-subject request"));
		// People and enrolment act on the close-out after its commit, each on a thread of
		// its own.
		Eventually.holds("only the held contact keeps their role",
				() -> this.jdbc.sql("SELECT person_id FROM people_organisation_contact WHERE organisation_id = :id")
					.param("id", client.id())
					.query(UUID.class)
					.list()
					.equals(List.of(disputed.value())));
		Eventually.holds("the client's contact no longer sees whom they registered",
				() -> this.jdbc
					.sql("SELECT COUNT(*) FROM enrolment_registration WHERE id = :id AND registrant_id IS NULL")
					.param("id", employee.id())
					.query(Integer.class)
					.single() == 1);
		assertThat(officer.get("/admin/retention?lang=en").body()).as("closed out: no longer due")
			.doesNotContain(">Ended Client " + tag + "</td>")
			.contains(closure);

		String csv = officer.get(closure + "/transfer.csv").body();
		assertThat(csv.lines()).hasSize(2);
		assertThat(csv).contains("Werknemer" + tag, session.course().code());

		assertThat(officer.post(closure + "/told", "recipient", "Nobody we know").statusCode()).isEqualTo(409);
		officer.post(closure + "/told", "recipient", "Hosting provider");
		assertThat(officer.get(closure + "?lang=en").body()).contains("told on").doesNotContain("not told yet");
		String proof = PdfText.of(officer.download(closure + "/proof.pdf?lang=en").body());
		assertThat(proof).contains("End of a client contract", "Ended Client " + tag, "Deleted",
				"Transferred to the client", "Kept", "Hosting provider", "told on");

		assertThat(officer.post("/admin/retention/contracts/" + client.id() + "/close").statusCode())
			.as("closed out once")
			.isEqualTo(409);
		assertThat(this.fixtures.exists(employee.id())).as("the registration is kept").isTrue();
	}

}
