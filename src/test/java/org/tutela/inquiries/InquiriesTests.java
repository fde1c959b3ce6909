package org.tutela.inquiries;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.catalog.Course;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.people.Organisation;
import org.tutela.personaldata.PersonId;
import org.tutela.testing.Staff;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.people.Persons;
import org.tutela.requests.DataRequest;
import org.tutela.requests.RequestAnswers;
import org.tutela.requests.RequestFixtures;
import org.tutela.requests.Right;
import org.tutela.retention.RetentionFixtures;
import org.tutela.testing.AtOnce;
import org.tutela.testing.Browser;
import org.tutela.testing.HttpTest;
import org.tutela.testing.Mailbox;
import org.tutela.testing.MovableClock;
import org.tutela.testing.Smtp;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.requests.RequestFixtures.dpo;

/**
 * The contact form and the information request of the training company's pack (CES-5,
 * MEZ-1, SKI-11): a message from a client's employee lands with the team of its subject
 * and on the client's file, is answered by mail with the thread kept, closed, and deleted
 * by the sweep once the pack's year has passed; an erasure request reaches it through the
 * catalogue; a refused form says why and stores nothing.
 */
@HttpTest
@Import({ TrainingFixtures.class, RetentionFixtures.class, RequestFixtures.class, MovableClock.Configuration.class })
class InquiriesTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	TrainingFixtures training;

	@Autowired
	RetentionFixtures retention;

	@Autowired
	RequestFixtures requests;

	@Autowired
	RequestAnswers answers;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Persons persons;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Receiving receiving;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aClientsEmployeesMessageLandsWithItsTeamOnTheClientsFileIsAnsweredClosedAndSweptAfterAYear_CES5()
			throws Exception {
		String email = "hr+" + this.tag + "@example.be";
		Organisation client = this.training.client(email);
		String question = "<script>alert('x')</script> When is the next course " + this.tag + "?";
		String team = "team+" + this.tag + "@example.org";
		this.accounts.freshWithEmail(Role.COORDINATOR, team);
		String outsider = "outsider+" + this.tag + "@example.org";
		this.accounts.freshWithEmail(Role.FINANCE, outsider);

		HttpResponse<String> sent = contact("courses", "Hilde", "Ramaekers", email, question);
		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(sent.body()).contains("We received your message");
		assertThat(contact("courses", "Hilde", "Ramaekers", email, question).statusCode()).isEqualTo(200);
		assertThat(count(email)).as("the same message sent twice is stored once").isEqualTo(1);
		String notice = "New in your inbox: a message about \"Courses and registrations\"";
		assertThat(Mailbox.await(smtp, team, notice)).as("the team is told once").hasSize(1);
		assertThat(RequestFixtures.body(Mailbox.to(smtp, team, notice))).as("not who wrote, nor what")
			.contains("/admin/inquiries")
			.doesNotContain("Hilde", "Ramaekers", email, this.tag);
		assertThat(Mailbox.to(smtp, outsider, notice)).as("another team is not told").isEmpty();
		Map<String, Object> row = row(email);
		assertThat(row).containsEntry("organisation_id", client.id()).containsEntry("route_role", "coordinator");
		UUID id = (UUID) row.get("id");

		Browser coordinator = signedIn(Role.COORDINATOR);
		assertThat(coordinator.get("/admin/inquiries").body()).contains("Hilde Ramaekers", client.name(),
				"Courses and registrations");
		assertThat(coordinator.get("/admin/organisations/" + client.id()).body())
			.contains("/admin/inquiries?organisation=" + client.id());
		assertThat(coordinator.get("/admin/inquiries?organisation=" + client.id()).body()).contains("Hilde Ramaekers");
		Browser finance = signedIn(Role.FINANCE);
		assertThat(finance.get("/admin/inquiries").body()).as("another team does not see it")
			.doesNotContain("Hilde Ramaekers");
		assertThat(finance.get("/admin/inquiries/" + id).statusCode()).isEqualTo(404);

		String page = coordinator.get("/admin/inquiries/" + id).body();
		assertThat(page).as("a script is kept as text and shown escaped")
			.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
			.doesNotContain("<script>alert");
		assertThat(
				this.jdbc.sql("SELECT body FROM inquiries_message WHERE id = ?").param(id).query(String.class).single())
			.isEqualTo(question);

		HttpResponse<String> replied = coordinator.post("/admin/inquiries/" + id + "/reply", "body",
				"The next course starts in March.");
		assertThat(replied.statusCode()).as("back to the message's address, so a reload sends nothing again")
			.isEqualTo(302);
		assertThat(replied.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/admin/inquiries/" + id));
		assertThat(coordinator.get("/admin/inquiries/" + id).body()).contains("Your answer was sent",
				"The next course starts in March.", "Answered by coordinator-user");
		assertThat(RequestFixtures.body(Mailbox.await(smtp, email, "Your message to Example Training BV")))
			.contains("The next course starts in March.");

		coordinator.post("/admin/inquiries/" + id + "/close");
		assertThat(coordinator.get("/admin/inquiries/" + id).body()).contains("Closed on")
			.doesNotContain("id=\"reply\"");
		assertThat(coordinator.get("/admin/inquiries").body()).doesNotContain("Hilde Ramaekers");

		LocalDate received = LocalDate.parse(String.valueOf(row.get("received_on")));
		this.retention.sweep(received.plusYears(1));
		assertThat(count(email)).as("kept for the year the pack names").isEqualTo(1);
		this.retention.sweep(received.plusYears(1).plusDays(1));
		assertThat(count(email)).as("delete 1 year after collection").isZero();
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM inquiries_reply WHERE message_id = ?")
			.param(id)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aSendersPageShowsTheirMessagesOnlyToStaffWhoAnswerMessages() {
		String email = "mira+" + this.tag + "@example.be";
		assertThat(contact("invoices", "Mira", "Maes", email, "Mijn factuur klopt niet").statusCode()).isEqualTo(200);
		PersonId person = PersonId.of((UUID) row(email).get("person_id"));

		Map<String, List<PersonalRecord>> toMarketing = Staff.as(() -> this.persons.everythingHeld(person),
				"backoffice", "people.read", "outreach.manage");
		Map<String, List<PersonalRecord>> toFinance = Staff.as(() -> this.persons.everythingHeld(person), "backoffice",
				"people.read", "inquiries.answer");

		assertThat(toMarketing).as("the person, without their message")
			.containsKey("people")
			.doesNotContainKey("inquiries");
		assertThat(toMarketing.toString()).doesNotContain("Mijn factuur klopt niet");
		assertThat(toFinance.get("inquiries"))
			.anySatisfy(record -> assertThat(record.fields()).containsEntry("body", "Mijn factuur klopt niet"));
	}

	@Test
	void twoCopiesOfTheFormSentAtOnceByANewSenderStoreOneMessageAndOnePerson() throws Exception {
		for (int round = 0; round < 5; round++) {
			String email = "twice" + round + "+" + this.tag + "@example.be";
			SentInquiry sent = new SentInquiry("courses", null, "Tom", "Tweemaal", email, null, null,
					"Sent twice " + this.tag, "nl");
			assertThat(AtOnce.twice(() -> this.receiving.contact(sent))).as("both copies answered").isEmpty();
			assertThat(count(email)).isEqualTo(1);
			assertThat(persons(email)).as("no person left behind by the copy refused").isEqualTo(1);
		}
	}

	@Test
	void anErasureRequestReachesTheMessagesThroughTheCatalogue_ALL1() {
		String email = "piet+" + this.tag + "@example.be";
		assertThat(contact("invoices", "Piet", "Peeters", email, "Where is my invoice?").statusCode()).isEqualTo(200);
		PersonId person = PersonId.of((UUID) row(email).get("person_id"));

		DataRequest request = this.requests.verified(person, Right.ERASURE);
		dpo(() -> this.answers.erase(request.id()));

		assertThat(count(email)).isZero();

		HttpResponse<String> again = contact("invoices", "Piet", "Peeters", email, "Is my data gone?");
		assertThat(again.statusCode()).as("a message is kept even from someone erased").isEqualTo(200);
		assertThat(again.body()).doesNotContain("asked to be erased");
		assertThat(row(email)).as("without adding the person again").containsEntry("person_id", null);
	}

	@Test
	void aRefusedFormSaysWhyBesideTheFieldAndStoresNothing_SKI11() {
		String email = "bad+" + this.tag + "@example.be";
		HttpResponse<String> unknown = contact("gossip", "Bad", "Sender", email, "Hello");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("id=\"subjectError\"", "Choose one of the subjects offered.");

		Browser visitor = new Browser(this.port).accepting("text/html");
		visitor.get("/contact");
		HttpResponse<String> robot = visitor.post("/contact", "subject", "courses", "firstName", "Bad", "lastName",
				"Sender", "email", email, "message", "Hello");
		assertThat(robot.statusCode()).as("no moment the form was shown: too fast").isEqualTo(400);
		assertThat(robot.body()).contains("The form was sent too quickly");
		HttpResponse<String> trap = visitor.post("/contact", "subject", "courses", "firstName", "Bad", "lastName",
				"Sender", "email", email, "message", "Hello", "shown", shown(visitor.get("/contact").body()), "website",
				"http://spam.example");
		assertThat(trap.statusCode()).isEqualTo(400);

		HttpResponse<String> huge = contact("courses", "Bad", "Sender", email, "x".repeat(100_000));
		assertThat(huge.statusCode()).as("refused at the boundary, before any form reads it").isEqualTo(400);
		assertThat(huge.body()).contains("This value is too long.");
		HttpResponse<String> tooLong = contact("courses", "Bad", "Sender", email, "x".repeat(4_001));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("id=\"messageError\"", "This value is too long.");
		HttpResponse<String> nul = contact("courses", "Bad", "Sen\u0000der", email, "Hello");
		assertThat(nul.statusCode()).isEqualTo(400);
		HttpResponse<String> organisation = visitor.post("/contact", "subject", "courses", "firstName", "Bad",
				"lastName", "Sender", "email", email, "organisation", "Acme\u0000", "message", "Hello", "shown",
				shown(visitor.get("/contact").body()), "website", "");
		assertThat(organisation.statusCode()).isEqualTo(400);
		assertThat(organisation.body()).as("refused at the boundary, under the contact form's own label")
			.contains("Organisation: This value holds characters that cannot be typed")
			.doesNotContain("Employer");
		HttpResponse<String> address = contact("courses", "Bad", "Sender", "not-an-address", "Hello");
		assertThat(address.statusCode()).isEqualTo(400);
		assertThat(address.body()).contains("id=\"emailError\"");

		assertThat(count(email)).isZero();
		assertThat(count("not-an-address")).isZero();
	}

	@Test
	void theInformationRequestAsksOnlyTheFieldsThePackNamesAndKeepsNothingElse_MEZ1() {
		Course course = this.training.course(false, 7, null);
		Browser visitor = new Browser(this.port).accepting("text/html");
		String form = visitor.get("/information?course=" + course.id()).body();
		assertThat(fieldsOf(form, "information")).as("name, e-mail and course, as the pack names them")
			.containsExactlyInAnyOrder("_csrf", "shown", "website", "course", "firstName", "lastName", "email");
		assertThat(form).contains("id=\"collection-notice\"", "Deleted 1 year after");

		String email = "info+" + this.tag + "@example.be";
		HttpResponse<String> sent = visitor.post("/information", "course", course.id().toString(), "firstName", "Ann",
				"lastName", "Peeters", "email", email, "phone", "+32 470 00 00 00", "organisation", "Acme", "shown",
				shown(form), "website", "");
		assertThat(sent.statusCode()).isEqualTo(200);
		assertThat(row(email)).containsEntry("course_id", course.id().value())
			.containsEntry("sender_phone", null)
			.containsEntry("sender_organisation", null)
			.containsEntry("route_role", "coordinator");

		HttpResponse<String> unknown = visitor.post("/information", "course", UUID.randomUUID().toString(), "firstName",
				"Ann", "lastName", "Peeters", "email", "other+" + email, "shown",
				shown(visitor.get("/information").body()), "website", "");
		assertThat(unknown.statusCode()).isEqualTo(400);
		assertThat(unknown.body()).contains("Choose one of the courses offered.");
		assertThat(count("other+" + email)).isZero();
	}

	@Test
	void theContactFormShowsThePacksSubjectsAndItsNoticeInTheSitesLanguages() {
		Browser visitor = new Browser(this.port).accepting("text/html");
		assertThat(visitor.get("/courses").body()).as("the site's menu links the contact form, not the vacancies")
			.contains("<a class=\"nav-link\" href=\"/contact\">Contact</a>")
			.doesNotContain("href=\"/jobs\"");
		String english = visitor.get("/contact").body();
		assertThat(english).contains("Courses and registrations", "Invoices and payments", "id=\"collection-notice\"",
				"Answering requests for information about courses and services");
		assertThat(visitor.get("/contact?lang=nl").body()).contains("Opleidingen en inschrijvingen",
				"Antwoorden op vragen om informatie");
		assertThat(visitor.get("/contact?lang=fr").body()).contains("Formations et inscriptions");
	}

	private HttpResponse<String> contact(String subject, String first, String last, String email, String message) {
		Browser visitor = new Browser(this.port).accepting("text/html");
		String form = visitor.get("/contact").body();
		return visitor.post("/contact", "subject", subject, "firstName", first, "lastName", last, "email", email,
				"message", message, "shown", shown(form), "website", "");
	}

	private Browser signedIn(Role role) {
		Browser browser = new Browser(this.port).accepting("text/html");
		browser.signIn(this.accounts.of(role));
		return browser;
	}

	private static String shown(String form) {
		Matcher matcher = Pattern.compile("name=\"shown\" value=\"([^\"]+)\"").matcher(form);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	private static TreeSet<String> fieldsOf(String page, String formId) {
		String form = page.substring(page.indexOf("id=\"" + formId + "\""));
		form = form.substring(0, form.indexOf("</form>"));
		TreeSet<String> names = new TreeSet<>();
		Matcher matcher = Pattern.compile("<(?:input|select|textarea)[^>]*\\bname=\"([^\"]+)\"").matcher(form);
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private int persons(String email) {
		return this.jdbc.sql("SELECT COUNT(*) FROM people_contact_point WHERE kind = 'EMAIL' AND lookup_key = ?")
			.param(email)
			.query(Integer.class)
			.single();
	}

	private int count(String email) {
		return this.jdbc.sql("SELECT COUNT(*) FROM inquiries_message WHERE sender_email = ?")
			.param(email)
			.query(Integer.class)
			.single();
	}

	private Map<String, Object> row(String email) {
		return this.jdbc.sql("SELECT * FROM inquiries_message WHERE sender_email = ?").param(email).query().singleRow();
	}

}
