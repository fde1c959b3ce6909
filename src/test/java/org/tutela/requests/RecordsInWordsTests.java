package org.tutela.requests;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.tutela.billing.BillingFixtures;
import org.tutela.billing.InvoiceDraft;
import org.tutela.billing.Invoices;
import org.tutela.catalog.Course;
import org.tutela.catalog.Session;
import org.tutela.catalog.VatTreatment;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.network.ContactDetails;
import org.tutela.network.InterestKind;
import org.tutela.network.NetworkContacts;
import org.tutela.people.Organisation;
import org.tutela.people.Persons;
import org.tutela.personaldata.PersonId;
import org.tutela.testing.Browser;
import org.tutela.testing.Mailbox;
import org.tutela.testing.MovableClock;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.requests.RequestFixtures.dpo;
import static org.tutela.requests.RequestFixtures.link;

/**
 * A person named on an issued invoice, with a network record and a membership, reads each
 * of these in words on the overview of their data, and staff read them on the person's
 * page: no code, no id, no failing page (GDPR Art. 15, VCK-9).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tutela.policy.pack=quality-network")
@Import({ RequestFixtures.class, TrainingFixtures.class, BillingFixtures.class, MovableClock.Configuration.class })
@DirtiesContext
class RecordsInWordsTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	private static final Pattern ID = Pattern.compile("\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}");

	@LocalServerPort
	int port;

	@Autowired
	MovableClock clock;

	@Autowired
	BillingFixtures billing;

	@Autowired
	Invoices invoices;

	@Autowired
	NetworkContacts contacts;

	@Autowired
	Persons persons;

	@Autowired
	RequestFixtures requests;

	@Autowired
	RequestAnswers answers;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void realTime() {
		this.clock.now();
		SecurityContextHolder.clearContext();
	}

	@Test
	void theInvoiceLineNetworkRecordAndMembershipOfAPersonReadInWordsOnTheirPageAndTheirOverview() throws Exception {
		PersonId person = namedOnAnIssuedInvoice();
		String email = Staff.coordinator(() -> this.persons.get(person)).emails().get(0).value();
		inTheNetwork(person);
		member(email);

		Browser admin = new Browser(this.port).accepting("text/html");
		admin.signIn(this.accounts.of(Role.ADMIN));
		HttpResponse<String> page = admin.get("/admin/people/" + person.value() + "?lang=en");
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		assertThat(readable(page.body())).contains("Invoice line that names the person", "What was invoiced",
				"Rekenblad " + this.tag, "Network record", "At one of our events", "Belgium",
				"Expertise shared with other members", "Meeting", "What was agreed",
				"Membership application and membership", "Member from");
		assertThat(readable(admin.get("/admin/people/" + person.value() + "?lang=nl").body()))
			.contains("Factuurlijn die de persoon vermeldt", "Netwerkfiche", "Lidmaatschapsaanvraag en lidmaatschap");

		DataRequest request = this.requests.verified(person, Right.ACCESS);
		dpo(() -> this.answers.answerAccess(request.id(), null));
		String token = link(Mailbox.await(smtp, email, "Het overzicht van uw gegevens"), "/requests/download/");
		Browser visitor = new Browser(this.port);
		HttpResponse<String> overview = visitor.get("/requests/download/" + token + "?lang=en");
		assertThat(overview.statusCode()).as(overview.body()).isEqualTo(200);
		assertThat(readable(overview.body())).contains("Invoice line that names you", "Your record in our network",
				"Expertise you share with other members", "Meeting with us", "Membership application and membership",
				"Your function");
		assertThat(readable(visitor.get("/requests/download/" + token + "?lang=fr").body()))
			.contains("Ligne de facture qui vous mentionne", "Votre fiche dans notre réseau", "Belgique");
	}

	/** The visible text of a page, without a code or an id in it. */
	private static String readable(String html) {
		String text = html.replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]*>", " ");
		assertThat(text).doesNotContain("personal-data.", "EXPERTISE", "EVENT", "??");
		Matcher id = ID.matcher(text);
		assertThat(id.find()).as("an id on screen: " + (id.find(0) ? id.group() : "")).isFalse();
		return text;
	}

	/**
	 * An employee of a client, on the line of the client's issued invoice that names
	 * them.
	 */
	private PersonId namedOnAnIssuedInvoice() {
		this.clock.day(LocalDate.of(2023, 1, 9));
		Organisation client = this.billing.belgianClient();
		Course course = this.billing.course("Rekenblad " + this.tag, 32_000, VatTreatment.STANDARD);
		Session session = this.billing.session(course, LocalDate.of(2023, 2, 13), LocalDate.of(2023, 2, 13), true);
		PersonId person = this.billing.employee(session, client, "Ines", "Claes" + this.tag).participant();
		this.clock.day(LocalDate.of(2023, 3, 1));
		String[] finance = { "backoffice", "people.read", "disclosures.record", "billing.manage" };
		InvoiceDraft draft = Staff.as(() -> this.invoices.draft(YearMonth.of(2023, 2)), finance)
			.stream()
			.filter(drafted -> drafted.buyer().equals(client.name()))
			.findFirst()
			.orElseThrow();
		Staff.as(() -> this.invoices.issue(draft.id()), finance);
		this.clock.now();
		return person;
	}

	/** How we met, a shared expertise and a meeting, as staff record them. */
	private void inTheNetwork(PersonId person) {
		Staff.as(() -> {
			this.contacts.describe(person,
					new ContactDetails("EVENT", LocalDate.now().minusYears(2), "www.claes.example.be", "Veldstraat 3",
							"9000", "Gent", "BE", "I agree to receive mail at home",
							"signed form in the network binder"));
			this.contacts.share(person, InterestKind.EXPERTISE, "Lean " + this.tag);
			this.contacts.meet(person, LocalDate.now().minusDays(3), "Coffee at the next event");
			return null;
		}, "backoffice", "people.read", "people.manage", "outreach.manage");
	}

	/** The person applies on the public form for their company, and is accepted. */
	private void member(String email) {
		Browser visitor = new Browser(this.port).accepting("text/html");
		Matcher shown = Pattern.compile("name=\"shown\" value=\"([^\"]+)\"").matcher(visitor.get("/membership").body());
		assertThat(shown.find()).isTrue();
		assertThat(visitor
			.post("/membership", "organisationName", "Claes " + this.tag, "enterpriseNumber", "", "street",
					"Kerkstraat 1", "postcode", "9000", "city", "Gent", "country", "BE", "firstName", "Ines",
					"lastName", "Claes" + this.tag, "email", email, "function", "Quality manager", "shown",
					shown.group(1), "website", "")
			.statusCode()).isEqualTo(200);
		UUID application = this.jdbc.sql("SELECT id FROM members_application WHERE email = ?")
			.param(email)
			.query(UUID.class)
			.single();
		Browser coordinator = new Browser(this.port).accepting("text/html");
		coordinator.signIn(this.accounts.of(Role.COORDINATOR));
		coordinator.get("/admin/members/" + application);
		assertThat(coordinator
			.post("/admin/members/" + application + "/accept", "from", LocalDate.now().minusDays(1).toString())
			.statusCode()).isEqualTo(302);
	}

}
