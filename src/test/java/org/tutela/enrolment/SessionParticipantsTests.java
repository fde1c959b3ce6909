package org.tutela.enrolment;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.catalog.NewSession;
import org.tutela.catalog.Session;
import org.tutela.catalog.Sessions;
import org.tutela.identity.Role;
import org.tutela.people.NewContact;
import org.tutela.people.NewPerson;
import org.tutela.people.Person;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.crypto.KeyedHash;
import org.tutela.testing.Browser;
import org.tutela.testing.HttpTest;
import org.tutela.testing.Mailbox;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A session's participants in the back office, over real HTTP and a real SMTP server: a
 * coordinator adds a person picked by name, cancels with or without the fee, downloads
 * the participant list and writes to the participants after a confirmation step; the
 * participants of a session that moves are told its new day in their language. Each
 * action is read back from the database, the audit trail and the mail received.
 */
@HttpTest
@Import(TrainingFixtures.class)
class SessionParticipantsTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	TrainingFixtures training;

	@Autowired
	Registering registering;

	@Autowired
	Registrations registrations;

	@Autowired
	Persons persons;

	@Autowired
	Sessions sessions;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KeyedHash keyedHash;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@Test
	void aPersonPickedByNameIsRegisteredOnTheSamePathAsStaffRegistrationsWithTheSameChecks() throws Exception {
		Session session = this.training.session(false, 1, LocalDate.now().plusDays(30));
		Person ann = person("Ann", "en");
		Person bert = person("Bert", "en");
		Browser coordinator = coordinator();
		String page = coordinator.get("/admin/sessions/" + session.id() + "?lang=en").body();
		assertThat(page).contains("id=\"add-participant\"", "hx-get=\"/admin/people/pick?field=person\"");

		HttpResponse<String> added = coordinator.post("/admin/sessions/" + session.id() + "/participants", "person",
				ann.id().value().toString());
		assertThat(added.statusCode()).isEqualTo(302);
		assertThat(coordinator.get(Browser.location(added).replaceFirst("^https?://[^/]+", "") + "?lang=en").body())
			.contains("Ann Test is registered and was told by e-mail.");
		coordinator.post("/admin/sessions/" + session.id() + "/participants", "person", bert.id().value().toString());

		List<Registration> held = registrationsOf(session);
		assertThat(held).extracting(Registration::status)
			.containsExactly(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING);
		assertThat(held).extracting(Registration::source).containsOnly(RegistrationSource.STAFF);
		assertThat(Mailbox.await(smtp, email("Ann"), "Registration confirmed")).hasSize(1);
		assertThat(Mailbox.await(smtp, email("Bert"), "On the waiting list")).hasSize(1);
		assertThat(entries(ann.id(), "CREATE")).contains("registered for a session, confirmed, by staff");

		coordinator.get("/admin/sessions/" + session.id() + "?lang=en");
		HttpResponse<String> again = coordinator.post("/admin/sessions/" + session.id() + "/participants?lang=en",
				"person-search", "Ann", "person", ann.id().value().toString());
		assertThat(again.body()).containsPattern("<details[^>]*id=\"add-participant\"[^>]*\\bopen\\b")
			.containsPattern("id=\"person-search\"[^>]*value=\"Ann\"")
			.containsPattern("aria-describedby=\"person-hint person-error\"")
			.containsPattern("id=\"person-error\"[^>]*>This person already has a place");
		HttpResponse<String> nobody = coordinator.post("/admin/sessions/" + session.id() + "/participants?lang=en",
				"person", "");
		assertThat(nobody.body()).contains("Pick the person among the names found.");
		assertThat(registrationsOf(session)).hasSize(2);
	}

	@Test
	void staffCancelWithOrWithoutTheFeeAfterBeingToldWhatHappensAndBillingFindsItStored() throws Exception {
		Session later = this.training.session(this.training.course(false, 7, null), 5, LocalDate.now().plusDays(30), 1,
				List.of());
		Registration charged = register(later, "Carl", "en");
		Registration waived = register(later, "Dana", "en");
		Browser coordinator = coordinator();

		String confirmation = coordinator.get(confirmation(later, charged) + "?lang=en").body();
		assertThat(confirmation).contains(
				"The place of Carl Test will be cancelled, and Carl Test will be told by e-mail.",
				"The start is more than 7 days away: by the course&#39;s terms, the cancellation is free of charge.");
		assertThat(registrationsOf(later)).extracting(Registration::status).containsOnly(RegistrationStatus.CONFIRMED);
		coordinator.post("/admin/registrations/" + charged.id() + "/cancel", "fee", "due");
		coordinator.get(confirmation(later, waived) + "?lang=en");
		coordinator.post("/admin/registrations/" + waived.id() + "/cancel", "fee", "free");

		assertThat(reload(charged)).satisfies(cancelled -> {
			assertThat(cancelled.status()).isEqualTo(RegistrationStatus.CANCELLED);
			assertThat(cancelled.lateCancellation()).isFalse();
			assertThat(cancelled.feeDue()).isTrue();
		});
		assertThat(reload(waived).feeDue()).isFalse();
		assertThat(coordinator.get("/admin/sessions/" + later.id() + "?lang=en").body())
			.contains("Cancelled, fee due", "Cancelled, free of charge")
			.doesNotContain(confirmation(later, charged));
		assertThat(Mailbox
			.decoded(GreenMailUtil.getBody(Mailbox.await(smtp, email("Carl"), "Registration cancelled").get(0))))
			.contains("The cancellation fee is due.");

		Session soon = this.training.session(this.training.course(false, 7, null), 5, LocalDate.now().plusDays(3), 1,
				List.of());
		Registration late = register(soon, "Eva", "en");
		assertThat(coordinator.get(confirmation(soon, late) + "?lang=en").body())
			.contains("The start is less than 7 days away: by the course&#39;s terms, the cancellation fee is due.");
		coordinator.post("/admin/registrations/" + late.id() + "/cancel", "fee", "free");
		assertThat(reload(late)).satisfies(cancelled -> {
			assertThat(cancelled.lateCancellation()).isTrue();
			assertThat(cancelled.feeDue()).as("the fee waived").isFalse();
		});
		assertThat(Mailbox
			.decoded(GreenMailUtil.getBody(Mailbox.await(smtp, email("Eva"), "Registration cancelled").get(0))))
			.doesNotContain("cancellation terms apply");

		Session held = this.training.session(false, 5, LocalDate.now().plusDays(20));
		Registration over = register(held, "Finn", "en");
		this.training.holdInThePast(held, LocalDate.now().minusDays(3));
		assertThat(coordinator.get("/admin/sessions/" + held.id()).body()).doesNotContain(confirmation(held, over));
		assertThat(Browser.location(coordinator.get(confirmation(held, over))))
			.endsWith("/admin/sessions/" + held.id());
		coordinator.post("/admin/registrations/" + over.id() + "/cancel", "fee", "due");
		assertThat(reload(over).status()).as("a held session's places stay").isEqualTo(RegistrationStatus.CONFIRMED);
	}

	@Test
	void theParticipantListIsACsvOfWhatThePackCollectsWithFormulasDefusedAndEachPersonNamedIsAudited() {
		Session session = this.training.session(false, 5, LocalDate.now().plusDays(30));
		Registration formula = Staff.coordinator(() -> this.registering.registerByStaff(session.id(),
				new RegistrationForm("=HYPERLINK(\"http://evil.example\")", "Test", email("Gina"), null, null, null,
						null, null, null, null, null),
				"en"));
		Registration plain = register(session, "Hugo", "en");
		Registration cancelled = register(session, "Ida", "en");
		Browser coordinator = coordinator();
		coordinator.get(confirmation(session, cancelled));
		coordinator.post("/admin/registrations/" + cancelled.id() + "/cancel", "fee", "free");
		HttpResponse<byte[]> download = coordinator
			.download("/admin/sessions/" + session.id() + "/participants.csv?lang=en");

		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		String csv = new String(download.body(), StandardCharsets.UTF_8);
		assertThat(csv.lines().toList()).containsExactly("Participant,Organisation,E-mail,Status",
				"\"'=HYPERLINK(\"\"http://evil.example\"\") Test\",," + email("Gina") + ",Confirmed",
				"Hugo Test,," + email("Hugo") + ",Confirmed");
		assertThat(entries(formula.participant(), "EXPORT")).contains("participant list of a session exported");
		assertThat(entries(plain.participant(), "EXPORT")).hasSize(1);
		assertThat(this.jdbc.sql("SELECT fields FROM audit_entry WHERE subject = :subject AND action = 'EXPORT'")
			.param("subject", pseudonym(plain.participant()))
			.query(String.class)
			.single()).contains("contact_value", "last_name", "organisation");
		assertThat(entries(cancelled.participant(), "EXPORT")).as("not on the list, not exported").isEmpty();
	}

	@Test
	void aMessageToTheParticipantsIsSentOnlyAfterTheConfirmationInEachOnesLanguageAndBadInputSendsNothing()
			throws Exception {
		Session session = this.training.session(false, 2, LocalDate.now().plusDays(30));
		Registration dutch = register(session, "Jan", "nl");
		Registration french = register(session, "Julie", "fr");
		register(session, "Kees", "nl");
		Browser coordinator = coordinator();
		String path = "/admin/sessions/" + session.id() + "/mail";
		assertThat(coordinator.get("/admin/sessions/" + session.id() + "?lang=en").body()).contains("href=\"" + path);
		coordinator.get(path + "?lang=en");

		assertThat(write(coordinator, path, "", "Use the side door.", "confirm").body())
			.containsPattern("id=\"subject-error\"[^>]*>This field is required.")
			.contains("aria-describedby=\"subject-error\"", "Use the side door.");
		assertThat(write(coordinator, path, "Entrance", "x".repeat(5_000), "confirm").body())
			.containsPattern("id=\"message-error\"[^>]*>This value is too long.");
		assertThat(write(coordinator, path, "Two\nlines", "Use the side door.", "send").body())
			.containsPattern("id=\"subject-error\"[^>]*>This value holds characters that cannot be typed");
		assertThat(write(coordinator, path, "Entrance", "x".repeat(100_000), "send").statusCode()).isEqualTo(400);
		assertThat(write(coordinator, path, "Entrance", "Side\u0000door", "send").statusCode()).isEqualTo(400);

		coordinator.get(path + "?lang=en");
		HttpResponse<String> confirmation = write(coordinator, path, "Entrance", "Use the side door.", "confirm");
		assertThat(confirmation.body()).contains("2 participants will be e-mailed.", "name=\"step\" value=\"send\"");
		HttpResponse<String> sent = write(coordinator, path, "Entrance", "Use the side door.", "send");
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(coordinator.get(Browser.location(sent).replaceFirst("^https?://[^/]+", "") + "?lang=en").body())
			.contains("2 participants were e-mailed.");

		String title = session.course().title();
		MimeMessage toJan = Mailbox.await(smtp, email("Jan"), title + ": Entrance").get(0);
		assertThat(Mailbox.decoded(GreenMailUtil.getBody(toJan))).contains("Beste Jan,", "Use the side door.",
				DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
					.withLocale(Locale.forLanguageTag("nl"))
					.format(session.firstDay()));
		assertThat(Mailbox.decoded(GreenMailUtil.getBody(Mailbox.await(smtp, email("Julie"), title).get(0))))
			.contains("Bonjour Julie,", "Use the side door.");
		assertThat(Mailbox.to(smtp, email("Jan"), title + ":")).as("the refused and unconfirmed ones sent nothing")
			.hasSize(1);
		assertThat(Mailbox.to(smtp, email("Kees"), title + ":")).as("the waiting list is not written to").isEmpty();
		assertThat(entries(dutch.participant(), "READ")).contains("e-mailed by staff about a session");
		assertThat(entries(french.participant(), "READ")).contains("e-mailed by staff about a session");
	}

	@Test
	void aSessionMovedToAnotherDayTellsItsParticipantsTheNewDayInTheirLanguage() throws Exception {
		Session session = this.training.session(false, 5, LocalDate.now().plusDays(30));
		register(session, "Lotte", "nl");
		register(session, "Marc", "fr");
		Staff.coordinator(() -> this.sessions.change(session.id(), changed(session, session.firstDay(), 4)));

		LocalDate moved = session.firstDay().plusDays(7);
		Staff.coordinator(() -> this.sessions.change(session.id(), changed(session, moved, 4)));

		String body = Mailbox
			.decoded(GreenMailUtil.getBody(Mailbox.await(smtp, email("Lotte"), "Sessie verplaatst: ").get(0)));
		assertThat(body).contains("Beste Lotte,",
				DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
					.withLocale(Locale.forLanguageTag("nl"))
					.format(moved));
		assertThat(Mailbox
			.decoded(GreenMailUtil.getBody(Mailbox.await(smtp, email("Marc"), "Session déplacée : ").get(0))))
			.contains(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
				.withLocale(Locale.forLanguageTag("fr"))
				.format(moved));
		assertThat(Mailbox.to(smtp, email("Lotte"), "Sessie verplaatst")).as("a change of capacity alone moves nothing")
			.hasSize(1);
	}

	@Test
	void theSessionListIsFilteredByCourseAndTrainerKeptInTheAddress() {
		UUID trainer = this.accounts.of(Role.TRAINER).id().value();
		Session taught = this.training.session(this.training.course(false, 7, null), 5, LocalDate.now().plusDays(40), 1,
				List.of(trainer));
		Session other = this.training.session(false, 5, LocalDate.now().plusDays(40));
		Browser coordinator = coordinator();

		String page = coordinator.get("/admin/sessions?lang=en").body();
		assertThat(page).contains("<label class=\"form-label\" for=\"course\">Course</label>",
				"<label class=\"form-label\" for=\"trainer\">Trainer</label>");
		String byCourse = coordinator.get("/admin/sessions?period=coming&course=" + other.course().id().value()).body();
		assertThat(byCourse).contains(other.id().toString()).doesNotContain(taught.id().toString());
		String byTrainer = coordinator.get("/admin/sessions?period=coming&trainer=" + trainer).body();
		assertThat(byTrainer).contains(taught.id().toString()).doesNotContain(other.id().toString());
		assertThat(byTrainer).contains("period=held&amp;course=&amp;trainer=" + trainer);
	}

	private static String confirmation(Session session, Registration registration) {
		return "/admin/sessions/" + session.id() + "/registrations/" + registration.id() + "/cancel";
	}

	private static NewSession changed(Session session, LocalDate day, int capacity) {
		return new NewSession(session.course().id().value(), day, day, session.startsAt(), session.endsAt(), null, true,
				capacity, session.language(), List.of());
	}

	private static HttpResponse<String> write(Browser coordinator, String path, String subject, String message,
			String step) {
		return coordinator.post(path + "?lang=en", "subject", subject, "message", message, "step", step);
	}

	private Person person(String firstName, String language) {
		return Staff
			.coordinator(() -> this.persons.register(new NewPerson(firstName, null, "Test", null, language, null,
					Provenance.UNKNOWN_LEGACY, List.of(NewContact.business(email(firstName))), List.of(), List.of())));
	}

	private Registration register(Session session, String firstName, String language) {
		return Staff.coordinator(() -> this.registering.registerByStaff(session.id(), new RegistrationForm(firstName,
				"Test", email(firstName), null, null, null, null, null, null, null, null), language));
	}

	private Browser coordinator() {
		Browser browser = new Browser(this.port);
		browser.signIn(this.accounts.of(Role.COORDINATOR));
		return browser;
	}

	private List<Registration> registrationsOf(Session session) {
		return Staff.coordinator(() -> this.registrations.ofSession(session.id()));
	}

	private Registration reload(Registration registration) {
		return Staff.coordinator(() -> this.registrations.one(registration.id()));
	}

	/** The details of the person's audit entries of the action. */
	private List<String> entries(PersonId person, String action) {
		return this.jdbc.sql("SELECT detail FROM audit_entry WHERE subject = :subject AND action = :action")
			.param("subject", pseudonym(person))
			.param("action", action)
			.query(String.class)
			.list();
	}

	private String pseudonym(PersonId person) {
		return this.keyedHash.hash("audit.person", person.value().toString());
	}

	private String email(String firstName) {
		return firstName.toLowerCase(Locale.ROOT) + "+" + this.tag + "@example.org";
	}

}
