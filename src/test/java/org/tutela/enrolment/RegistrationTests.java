package org.tutela.enrolment;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.catalog.Session;
import org.tutela.enrolment.registration.RegistrationStore;
import org.tutela.identity.Role;
import org.tutela.people.Person;
import org.tutela.people.Persons;
import org.tutela.personaldata.PersonId;
import org.tutela.retention.Retention;
import org.tutela.retention.SweepLine;
import org.tutela.testing.Browser;
import org.tutela.testing.Http;
import org.tutela.testing.HttpTest;
import org.tutela.testing.Mailbox;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Registering on the public form, read back from the database and a real SMTP server:
 * capacity and the waiting list, promotion on a cancellation, the course's cancellation
 * terms, the fields the pack allows (MEZ-1), remarks as encrypted health data removed
 * after the session (MEN-4), and the hidden field that stops robots (SKI-11).
 */
@HttpTest
@Import(TrainingFixtures.class)
class RegistrationTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	private static final Pattern CANCEL = Pattern.compile("(/registrations/cancel/[A-Za-z0-9_-]+)");

	@LocalServerPort
	int port;

	@Autowired
	TrainingFixtures training;

	@Autowired
	Registrations registrations;

	@Autowired
	RegistrationStore store;

	@Autowired
	Retention retention;

	@Autowired
	Persons persons;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Http http;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aFullSessionFillsItsWaitingListAndACancellationGivesThePlaceToTheFirstWaiting() throws Exception {
		Session session = this.training.session(false, 2, LocalDate.now().plusDays(30));
		String ann = register(session, "Ann");
		register(session, "Bert");
		String cis = register(session, "Cis");
		String dirk = register(session, "Dirk");

		assertThat(statuses(session)).containsExactly(RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED,
				RegistrationStatus.WAITING, RegistrationStatus.WAITING);
		assertThat(new Browser(this.port).get("/sessions/" + session.id()).body())
			.contains("Full: new registrations go on the waiting list");
		MimeMessage confirmed = Mailbox.await(smtp, ann, "Registration confirmed").get(0);
		String calendar = attachment(confirmed, "session.ics");
		assertThat(calendar).contains("BEGIN:VEVENT", "DTSTART:" + session.firstDay().toString().replace("-", ""),
				"SUMMARY:" + session.course().title());
		assertThat(Mailbox.await(smtp, cis, "On the waiting list")).hasSize(1);

		Browser participant = new Browser(this.port);
		String link = cancelLink(confirmed);
		assertThat(participant.get(link).body()).contains("Do you want to cancel your registration");
		assertThat(participant.post(link).body()).contains("is cancelled");

		assertThat(statuses(session)).containsExactly(RegistrationStatus.CONFIRMED, RegistrationStatus.CONFIRMED,
				RegistrationStatus.WAITING, RegistrationStatus.CANCELLED);
		assertThat(Mailbox.await(smtp, cis, "A place for you")).hasSize(1);
		assertThat(Mailbox.to(smtp, dirk, "A place for you")).isEmpty();
		assertThat(Mailbox.await(smtp, ann, "Registration cancelled").get(0).getContent().toString())
			.doesNotContain("cancellation terms apply");
	}

	@Test
	void aSessionCalledOffLeavesTheCalendarAndEveryParticipantIsToldWithoutCharge() throws Exception {
		Session session = this.training.session(this.training.course(false, 7, null), 1, LocalDate.now().plusDays(2), 1,
				List.of());
		String gert = register(session, "Gert");
		String hilde = register(session, "Hilde");
		Browser coordinator = new Browser(this.port);
		coordinator.signIn(this.accounts.of(Role.COORDINATOR));
		coordinator.get("/admin/sessions/" + session.id());

		coordinator.post("/admin/sessions/" + session.id() + "/cancel");

		assertThat(registrationsOf(session)).allSatisfy(registration -> {
			assertThat(registration.status()).isEqualTo(RegistrationStatus.CANCELLED);
			assertThat(registration.lateCancellation()).isFalse();
		});
		assertThat(Mailbox.decoded(GreenMailUtil.getBody(Mailbox.await(smtp, gert, "Registration cancelled").get(0))))
			.contains("is called off");
		assertThat(Mailbox.await(smtp, hilde, "Registration cancelled")).hasSize(1);
		assertThat(Mailbox.to(smtp, hilde, "A place for you")).as("nobody moves up on a session called off").isEmpty();
		Browser visitor = new Browser(this.port);
		assertThat(visitor.get("/calendar?lang=en&q=" + session.course().code()).body())
			.doesNotContain(session.id().toString());
		assertThat(visitor.get("/sessions/" + session.id() + "?lang=en").body()).contains("This session is called off.")
			.doesNotContain("name=\"firstName\"");
	}

	@Test
	void cancellingAfterTheCoursesFreeTermIsMarkedLateAndTheParticipantIsTold() throws Exception {
		Session soon = this.training.session(this.training.course(false, 7, null), 10, LocalDate.now().plusDays(3), 1,
				List.of());
		String email = register(soon, "Els");
		Browser participant = new Browser(this.port);
		String link = cancelLink(Mailbox.await(smtp, email, "Registration confirmed").get(0));
		participant.get(link);
		participant.post(link);

		Registration cancelled = registrationsOf(soon).get(0);
		assertThat(cancelled.status()).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(cancelled.lateCancellation()).isTrue();
		assertThat(GreenMailUtil.getBody(Mailbox.await(smtp, email, "Registration cancelled").get(0)))
			.contains("less than 7 days before the start");
	}

	@Test
	void theFormAsksTheNationalNumberOnlyForCertifiedCoursesAndRecordsAddressAndSource_MEZ1() {
		Session certified = this.training.session(true, 10, LocalDate.now().plusDays(20));
		Session plain = this.training.session(false, 10, LocalDate.now().plusDays(20));
		Browser visitor = new Browser(this.port, "Form test agent");
		assertThat(visitor.get("/sessions/" + certified.id() + "?lang=en").body()).contains("name=\"nationalNumber\"");
		assertThat(visitor.get("/sessions/" + plain.id()).body()).doesNotContain("name=\"nationalNumber\"");

		HttpResponse<String> without = post(visitor, certified, "Fien", "fien+" + this.tag + "@example.org");
		assertThat(without.statusCode()).isEqualTo(400);
		assertThat(without.body()).contains("The national register number is needed for a certified course.");
		assertThat(registrationsOf(certified)).isEmpty();

		visitor.get("/sessions/" + plain.id());
		post(visitor, plain, "Gust", "gust+" + this.tag + "@example.org", "nationalNumber", "85.07.30-033.28");
		Registration registration = registrationsOf(plain).get(0);
		assertThat(person(registration.participant()).identifiers())
			.as("no national number for a course that is not certified")
			.isEmpty();
		Map<String, Object> row = this.jdbc
			.sql("SELECT ip_address, user_agent, source FROM enrolment_registration WHERE id = :id")
			.param("id", registration.id())
			.query()
			.singleRow();
		assertThat(row.values()).containsExactlyInAnyOrder("127.0.0.1", "Form test agent", "WEB_FORM");

		visitor.get("/sessions/" + certified.id());
		post(visitor, certified, "Hanne", "hanne+" + this.tag + "@example.org", "nationalNumber", "85.07.30-033.28");
		assertThat(person(registrationsOf(certified).get(0).participant()).identifiers()).hasSize(1);
	}

	@Test
	void aRemarkIsStoredEncryptedOnlyWithExplicitConsentAndRemovedOnceTheSessionIsOver_MEN4() {
		Session session = this.training.session(false, 10, LocalDate.now().plusDays(10));
		Browser visitor = new Browser(this.port);
		visitor.get("/sessions/" + session.id());
		HttpResponse<String> unconsented = post(visitor, session, "Ilse", "ilse+" + this.tag + "@example.org", "remark",
				"Allergic to nuts");
		assertThat(unconsented.statusCode()).isEqualTo(400);
		assertThat(unconsented.body()).contains("Tick the box to agree that your remark is used");

		HttpResponse<String> consented = post(visitor, session, "Ilse", "ilse+" + this.tag + "@example.org", "remark",
				"Allergic to nuts", "remarkConsent", "true");
		assertThat(consented.statusCode()).as(consented.body()).isEqualTo(200);
		String stored = this.jdbc.sql("SELECT remark FROM enrolment_registration WHERE session_id = :session")
			.param("session", session.id())
			.query(String.class)
			.single();
		assertThat(stored).isNotBlank().doesNotContain("nuts");
		assertThat(this.store.remarks(session.id()).values()).containsExactly("Allergic to nuts");

		sweepRemarks();
		assertThat(this.store.remarks(session.id())).as("kept while the session is to come").hasSize(1);
		this.jdbc.sql("UPDATE catalog_session SET first_day = :day, last_day = :day WHERE id = :id")
			.param("day", LocalDate.now().minusDays(1))
			.param("id", session.id())
			.update();
		assertThat(sweepRemarks()).isGreaterThanOrEqualTo(1);
		assertThat(this.store.remarks(session.id())).isEmpty();
	}

	@Test
	void aFormWhoseHiddenFieldIsFilledInIsRefusedAndNothingIsStored_SKI11() {
		Session session = this.training.session(false, 10, LocalDate.now().plusDays(10));
		Browser robot = new Browser(this.port);
		robot.get("/sessions/" + session.id());
		HttpResponse<String> response = post(robot, session, "Robot", "robot+" + this.tag + "@example.org", "website",
				"http://spam.example");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.body()).contains("filled in by a program");
		assertThat(registrationsOf(session)).isEmpty();
	}

	@Test
	void aSecondRegistrationOfTheSameAddressIsRefusedBesideTheFieldAndAddsNoPerson() {
		Session session = this.training.session(false, 10, LocalDate.now().plusDays(20));
		String email = register(session, "Jan");
		Browser visitor = new Browser(this.port);
		visitor.get("/sessions/" + session.id());

		HttpResponse<String> again = post(visitor, session, "Johan", email.toUpperCase(Locale.ROOT));

		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.body())
			.containsPattern("id=\"emailError\"[^>]*>\\s*<span>This e-mail address already has a place, "
					+ "or a place on the waiting list, on this session.</span>");
		HttpResponse<String> api = this.http.postJson("/api/v1/sessions/" + session.id() + "/registrations",
				"{\"firstName\":\"Jana\",\"lastName\":\"Other\",\"email\":\"" + email + "\"}", "Authorization",
				this.accounts.of(Role.COORDINATOR).basic(), "Accept-Language", "nl");
		assertThat(api.statusCode()).isEqualTo(409);
		assertThat(api.body()).contains("\"type\":\"urn:tutela:problem:already-registered\"",
				"Iemand met dit e-mailadres heeft al een plaats, of een plaats op de wachtlijst, voor deze sessie.");
		assertThat(registrationsOf(session)).hasSize(1);
		assertThat(
				this.jdbc.sql("SELECT COUNT(*) FROM people_contact_point WHERE kind = 'EMAIL' AND lookup_key = :email")
					.param("email", email)
					.query(Integer.class)
					.single())
			.as("no second person with the address")
			.isEqualTo(1);
	}

	/** Runs the retention sweeps; how many remarks they removed. */
	private long sweepRemarks() {
		return Staff.as(() -> this.retention.run(false), "retention.manage")
			.lines()
			.stream()
			.filter(line -> "remarks".equals(line.kind()))
			.mapToLong(SweepLine::reached)
			.sum();
	}

	private String register(Session session, String firstName) {
		String email = firstName.toLowerCase() + "+" + this.tag + "@example.org";
		Browser visitor = new Browser(this.port);
		visitor.get("/sessions/" + session.id());
		HttpResponse<String> response = post(visitor, session, firstName, email);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return email;
	}

	private static HttpResponse<String> post(Browser visitor, Session session, String firstName, String email,
			String... more) {
		String page = visitor.get("/sessions/" + session.id() + "?lang=en").body();
		String shown = page.substring(page.indexOf("name=\"shown\" value=\"") + 20);
		shown = shown.substring(0, shown.indexOf('"'));
		String[] fields = new String[8 + more.length];
		System.arraycopy(new String[] { "firstName", firstName, "lastName", "Test", "email", email, "shown", shown }, 0,
				fields, 0, 8);
		System.arraycopy(more, 0, fields, 8, more.length);
		return visitor.post("/sessions/" + session.id(), fields);
	}

	private List<RegistrationStatus> statuses(Session session) {
		return registrationsOf(session).stream().map(Registration::status).toList();
	}

	private List<Registration> registrationsOf(Session session) {
		return Staff.coordinator(() -> this.registrations.ofSession(session.id()));
	}

	private Person person(PersonId id) {
		return Staff.coordinator(() -> this.persons.get(id));
	}

	private static String cancelLink(MimeMessage mail) throws Exception {
		Matcher link = CANCEL.matcher(Mailbox.decoded(text(mail)));
		assertThat(link.find()).isTrue();
		return link.group(1);
	}

	private static String text(MimeMessage mail) throws Exception {
		if (mail.getContent() instanceof Multipart parts) {
			return GreenMailUtil.getBody(parts.getBodyPart(0));
		}
		return GreenMailUtil.getBody(mail);
	}

	private static String attachment(MimeMessage mail, String name) throws Exception {
		Multipart parts = (Multipart) mail.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			BodyPart part = parts.getBodyPart(i);
			if (name.equals(part.getFileName())) {
				return new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("no attachment " + name);
	}

}
