package org.tutela.enrolment;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.catalog.Session;
import org.tutela.identity.Role;
import org.tutela.people.Organisation;
import org.tutela.people.Organisations;
import org.tutela.people.Person;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.testing.Browser;
import org.tutela.testing.HttpTest;
import org.tutela.testing.Mailbox;
import org.tutela.testing.PdfText;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client contact registers employees in the portal (SKI-1): each employee becomes a
 * person with provenance "employer", is told by e-mail who registered them (MEN-4), and
 * the contact can cancel what they registered, but nothing of another organisation.
 */
@HttpTest
@Import(TrainingFixtures.class)
class PortalRegistrationTests {

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

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aClientContactRegistersThreeEmployeesWhoBecomePersonsFromTheirEmployer_SKI1_MEN4() throws Exception {
		Session session = this.training.session(false, 10, LocalDate.now().plusDays(15));
		String hrEmail = "hr+" + this.tag + "@client.example.org";
		Organisation client = this.training.client(hrEmail);
		Browser contact = new Browser(this.port);
		contact.signIn(this.accounts.portalWithPassword(Role.CLIENT_CONTACT, hrEmail));

		String form = contact.get("/me/registrations?session=" + session.id() + "&lang=en").body();
		assertThat(form).contains(client.name()).doesNotContain("name=\"marketing\"");
		HttpResponse<String> sent = contact.post("/me/registrations", "session", session.id().toString(),
				"organisation", client.id().toString(), "firstName", "Jan", "lastName", "Claes", "email", email("jan"),
				"firstName", "Lies", "lastName", "Wouters", "email", email("lies"), "firstName", "Omar", "lastName",
				"Haddad", "email", email("omar"), "firstName", "", "lastName", "", "email", "");
		assertThat(Browser.location(sent)).endsWith("/me/registrations?registered=3");

		List<Registration> registered = Staff.coordinator(() -> this.registrations.ofSession(session.id()));
		assertThat(registered).hasSize(3).allSatisfy(registration -> {
			assertThat(registration.source()).isEqualTo(RegistrationSource.PORTAL);
			assertThat(registration.organisation()).isEqualTo(client.id());
			assertThat(registration.registrant()).isNotNull().isNotEqualTo(registration.participant());
		});
		for (Registration registration : registered) {
			Person employee = Staff.coordinator(() -> this.persons.get(registration.participant()));
			assertThat(employee.provenance()).isEqualTo(Provenance.EMPLOYER);
		}
		assertThat(GreenMailUtil.getBody(Mailbox.await(smtp, email("lies"), "Registration confirmed").get(0)))
			.contains("Your employer registered you");
		assertThat(contact.get("/me/registrations").body()).contains("Jan Claes", "Lies Wouters", "Omar Haddad");

		contact.post("/me/registrations/" + registered.get(0).id() + "/cancel");
		assertThat(Staff.coordinator(() -> this.registrations.ofSession(session.id()))
			.stream()
			.filter(registration -> registration.status() == RegistrationStatus.CANCELLED)).hasSize(1);
	}

	@Test
	void theRegistrationConfirmationAndStudyAgreementPrintAsPdfForThoseInvolvedOnly_SKI12_SKI4() throws Exception {
		Session session = this.training.session(false, 10, LocalDate.now().plusDays(15));
		String hrEmail = "hr3+" + this.tag + "@client.example.org";
		Organisation client = this.training.client(hrEmail);
		Browser contact = new Browser(this.port);
		contact.signIn(this.accounts.portalWithPassword(Role.CLIENT_CONTACT, hrEmail));
		contact.get("/me/registrations?session=" + session.id());
		contact.post("/me/registrations", "session", session.id().toString(), "organisation", client.id().toString(),
				"firstName", "Nora", "lastName", "Peeters", "email", email("nora"));
		Registration registration = Staff.coordinator(() -> this.registrations.ofSession(session.id())).get(0);

		String confirmation = PdfText
			.of(contact.download("/me/registrations/" + registration.id() + ".pdf?document=confirmation&lang=en")
				.body());
		assertThat(confirmation).contains("Registration confirmation", "Nora Peeters", session.course().title(),
				"Confirmed");
		String agreement = PdfText
			.of(contact.download("/me/registrations/" + registration.id() + ".pdf?document=agreement&lang=en").body());
		assertThat(agreement).contains("Study agreement", "150,00 EUR",
				"Cancelling is free until 7 days before the start");
		assertThat(GreenMailUtil.getBody(Mailbox.await(smtp, email("nora"), "Registration confirmed").get(0)))
			.as("this pack sends no results to employers")
			.doesNotContain("Your employer receives your results");

		Browser stranger = new Browser(this.port);
		stranger.signIn(this.accounts.portalWithPassword(Role.PARTICIPANT, "stranger+" + this.tag + "@example.org"));
		assertThat(stranger.download("/me/registrations/" + registration.id() + ".pdf").statusCode()).isEqualTo(403);
	}

	@Test
	void aContactCannotRegisterForAnOrganisationTheyDoNotRepresent() {
		Session session = this.training.session(false, 10, LocalDate.now().plusDays(15));
		String hrEmail = "hr2+" + this.tag + "@client.example.org";
		this.training.client(hrEmail);
		Organisation other = this.training.client("other+" + this.tag + "@client.example.org");
		Browser contact = new Browser(this.port);
		contact.signIn(this.accounts.portalWithPassword(Role.CLIENT_CONTACT, hrEmail));
		contact.get("/me/registrations");

		HttpResponse<String> refused = contact.post("/me/registrations", "session", session.id().toString(),
				"organisation", other.id().toString(), "firstName", "Eva", "lastName", "Smet", "email", email("eva"));

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(Staff.coordinator(() -> this.registrations.ofSession(session.id()))).isEmpty();
	}

	private String email(String name) {
		return name + "+" + this.tag + "@client.example.org";
	}

}
