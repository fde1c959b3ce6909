package org.tutela.recruitment;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
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
import org.tutela.catalog.Session;
import org.tutela.enrolment.Registering;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.RegistrationForm;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.dates.Dates;
import org.tutela.platform.crypto.KeyedHash;
import org.tutela.requests.DataRequest;
import org.tutela.requests.RequestAnswers;
import org.tutela.requests.RequestFixtures;
import org.tutela.requests.Right;
import org.tutela.retention.RetentionFixtures;
import org.tutela.retention.SweepRun;
import org.tutela.testing.AtOnce;
import org.tutela.testing.Browser;
import org.tutela.testing.Mailbox;
import org.tutela.testing.MovableClock;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tutela.recruitment.RecruitmentFixtures.apply;
import static org.tutela.recruitment.RecruitmentFixtures.open;
import static org.tutela.recruitment.RecruitmentFixtures.pdf;
import static org.tutela.requests.RequestFixtures.dpo;

/**
 * Job applications under the online academy's pack (SKI-2, SKI-11): a recruiter opens a
 * vacancy, visitors apply with a PDF CV, with or without the unticked box to be kept for
 * other vacancies; once the recruiter ends the procedure, the sweeps delete an
 * application the day after four weeks, or after a year with the box; only the
 * recruitment permission reads them, every read and CV download audited; an erasure
 * reaches them through the catalogue; a refused form says why and stores nothing.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tutela.policy.pack=online-academy")
@Import({ TrainingFixtures.class, RetentionFixtures.class, RequestFixtures.class, MovableClock.Configuration.class })
class RecruitmentTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	RetentionFixtures retention;

	@Autowired
	TrainingFixtures training;

	@Autowired
	MovableClock clock;

	@Autowired
	KeepingLonger keeping;

	@Autowired
	Applying applying;

	@Autowired
	ProcedureReminders reminders;

	@Autowired
	Dates dates;

	@Autowired
	Registering registering;

	@Autowired
	RequestFixtures requests;

	@Autowired
	RequestAnswers answers;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KeyedHash keyedHash;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void withoutTheBoxAnApplicationIsGoneTheDayAfterFourWeeksFromTheEndOfTheProcedureWithItAfterAYear_SKI2() {
		Browser recruiter = signedIn(Role.RECRUITER);
		UUID vacancy = open(recruiter, "Online trainer " + this.tag);
		String brief = "brief+" + this.tag + "@example.nl";
		String kept = "kept+" + this.tag + "@example.nl";
		byte[] cv = pdf("Sanne " + this.tag);

		Browser visitor = visitor();
		String form = visitor.get("/jobs/" + vacancy + "?lang=en").body();
		assertThat(form)
			.contains("id=\"collection-notice\"", "A PDF file of at most 5 MB.", "the end of the application procedure",
					"Keep my application for 1 year after the end of this procedure")
			.containsPattern(
					"<input class=\"form-check-input\" type=\"checkbox\" id=\"keepLonger\" name=\"keepLonger\" value=\"true\">");
		assertThat(apply(visitor, vacancy, cv, "email", brief).statusCode()).isEqualTo(200);
		HttpResponse<String> again = apply(visitor(), vacancy, cv, "email", brief);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("We received your application for Online trainer " + this.tag);
		assertThat(count(brief)).as("the same application sent twice is stored once").isEqualTo(1);
		assertThat(apply(visitor(), vacancy, pdf("Kees " + this.tag), "firstName", "Kees", "email", kept, "keepLonger",
				"true")
			.statusCode()).isEqualTo(200);
		assertThat(row(brief)).containsEntry("kept_longer", false).containsEntry("kept_longer_words", null);
		assertThat(row(kept)).containsEntry("kept_longer", true)
			.containsEntry("kept_longer_words",
					"Keep my application for 1 year after the end of this procedure, so that you may consider me for"
							+ " other vacancies.");
		String cipher = this.jdbc.sql("SELECT cv_cipher FROM recruitment_application WHERE email = ?")
			.param(brief)
			.query(String.class)
			.single();
		assertThat(cipher).as("the CV is stored encrypted").doesNotContain("JVBERi0").doesNotContain("%PDF");

		UUID application = (UUID) row(brief).get("id");
		assertThat(recruiter.get("/admin/recruitment/" + vacancy).body()).contains("Sanne de Vries", "Kees de Vries");
		assertThat(recruiter.get("/admin/recruitment/applications/" + application).body()).contains(brief,
				"I teach well.", "Set once the procedure ends");
		HttpResponse<byte[]> download = recruiter
			.download("/admin/recruitment/applications/" + application + "/cv.pdf");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(Arrays.equals(download.body(), cv)).as("the CV as it was sent").isTrue();
		PersonId applicant = PersonId.of((UUID) row(brief).get("person_id"));
		assertThat(audited(applicant)).contains("READ job application read", "EXPORT CV downloaded");

		recruiter.get("/admin/recruitment/" + vacancy);
		assertThat(recruiter.post("/admin/recruitment/" + vacancy + "/end").statusCode()).isEqualTo(302);
		LocalDate ended = LocalDate.now();
		assertThat(visitor().get("/jobs/" + vacancy).statusCode()).as("the form takes no more").isEqualTo(404);
		assertThat(recruiter.get("/admin/recruitment/applications/" + application).body())
			.doesNotContain("Set once the procedure ends");

		this.retention.sweep(ended.plusWeeks(4));
		assertThat(count(brief)).as("kept four weeks after the end of the procedure").isEqualTo(1);
		this.retention.sweep(ended.plusWeeks(4).plusDays(1));
		assertThat(count(brief)).as("gone the day after").isZero();
		assertThat(count(kept)).as("the box keeps it").isEqualTo(1);
		this.retention.sweep(ended.plusYears(1));
		assertThat(count(kept)).as("kept a year").isEqualTo(1);
		this.retention.sweep(ended.plusYears(1).plusDays(1));
		assertThat(count(kept)).as("gone the day after a year").isZero();
	}

	@Test
	void anApplicantTheFormRegisteredGoesWithTheApplicationWhileOneWithARegistrationStays_SKI2() {
		Browser recruiter = signedIn(Role.RECRUITER);
		UUID vacancy = open(recruiter, "Course author " + this.tag);
		String applied = "applied+" + this.tag + "@example.nl";
		String registered = "registered+" + this.tag + "@example.nl";
		assertThat(apply(visitor(), vacancy, pdf("Applied " + this.tag), "email", applied).statusCode()).isEqualTo(200);
		assertThat(apply(visitor(), vacancy, pdf("Registered " + this.tag), "firstName", "Kees", "email", registered)
			.statusCode()).isEqualTo(200);
		PersonId applicant = PersonId.of((UUID) row(applied).get("person_id"));
		PersonId participant = PersonId.of((UUID) row(registered).get("person_id"));
		Session session = this.training.session(false, 10, LocalDate.now().plusDays(20));
		Registration registration = Staff.coordinator(() -> this.registering.registerByStaff(session.id(),
				new RegistrationForm("Kees", "de Vries", registered, null, null, null, null, null, null, false, null),
				"en"));
		assertThat(registration.participant()).as("the applicant, found by address and name").isEqualTo(participant);

		recruiter.get("/admin/recruitment/" + vacancy);
		assertThat(recruiter.post("/admin/recruitment/" + vacancy + "/end").statusCode()).isEqualTo(302);
		LocalDate ended = LocalDate.now();

		this.retention.sweep(ended.plusWeeks(4));
		assertThat(this.retention.personExists(applicant)).as("kept with the application").isTrue();
		SweepRun dry = this.retention.sweep(ended.plusWeeks(4).plusDays(1), true);
		assertThat(RetentionFixtures.line(dry, "job-applications", "persons registered by a public form").reached())
			.as("a dry run counts the applicant")
			.isPositive();
		assertThat(this.retention.personExists(applicant)).as("and removes nothing").isTrue();
		SweepRun run = this.retention.sweep(ended.plusWeeks(4).plusDays(1));
		assertThat(count(applied)).isZero();
		assertThat(this.retention.personExists(applicant)).as("the person goes with their last application").isFalse();
		assertThat(RetentionFixtures.line(run, "job-applications", "persons registered by a public form").reached())
			.isPositive();
		assertThat(count(registered)).isZero();
		assertThat(this.retention.personExists(participant)).as("a registration keeps the person").isTrue();
		assertThat(this.retention.row(registration.id())).containsEntry("participant_id", participant.value());
	}

	@Test
	void anApplicantWithdrawsTheConsentThroughTheLinkInTheMailAndTheApplicationFallsBackToFourWeeks_SKI2()
			throws Exception {
		Browser recruiter = signedIn(Role.RECRUITER);
		UUID vacancy = open(recruiter, "Tutor " + this.tag);
		String early = "early+" + this.tag + "@example.nl";
		String late = "late+" + this.tag + "@example.nl";
		assertThat(apply(visitor(), vacancy, pdf("Early " + this.tag), "firstName", "Lot", "email", early, "keepLonger",
				"true")
			.statusCode()).isEqualTo(200);
		assertThat(apply(visitor(), vacancy, pdf("Late " + this.tag), "firstName", "Laura", "email", late, "keepLonger",
				"true")
			.statusCode()).isEqualTo(200);
		String mail = RequestFixtures.body(Mailbox.await(smtp, early, "Your application for Tutor " + this.tag));
		assertThat(mail).contains("keep it for 1 year after the end of this procedure",
				"we keep your application 4 weeks after the end of the procedure");
		String earlyPage = link(mail);
		String latePage = link(RequestFixtures.body(Mailbox.await(smtp, late, "Your application for")));
		PersonId lateApplicant = PersonId.of((UUID) row(late).get("person_id"));

		Browser applicant = visitor();
		assertThat(applicant.get(earlyPage).body()).contains("Tutor " + this.tag,
				"Keep my application for 1 year after the end of this procedure", "id=\"withdraw\"");
		HttpResponse<String> withdrawn = applicant.post(earlyPage + "/withdraw");
		assertThat(withdrawn.statusCode()).isEqualTo(302);
		assertThat(Browser.location(withdrawn)).endsWith(earlyPage);
		assertThat(applicant.get(earlyPage).body())
			.contains("Your consent is withdrawn.", "You withdrew your consent on")
			.doesNotContain("id=\"withdraw\"");
		assertThat(row(early)).containsEntry("kept_longer", false)
			.as("what they had agreed to stays on record with the withdrawal")
			.containsEntry("kept_longer_words",
					"Keep my application for 1 year after the end of this procedure, so that you may consider me for"
							+ " other vacancies.");
		assertThat(row(early).get("kept_longer_withdrawn_at")).as("the withdrawal is recorded").isNotNull();
		PersonId earlyApplicant = PersonId.of((UUID) row(early).get("person_id"));
		assertThat(audited(earlyApplicant))
			.contains("UPDATE consent to keep a job application for other vacancies withdrawn by the applicant");
		assertThat(recruiter.get("/admin/recruitment/applications/" + row(early).get("id")).body())
			.contains("The applicant withdrew this consent on");

		recruiter.get("/admin/recruitment/" + vacancy);
		assertThat(recruiter.post("/admin/recruitment/" + vacancy + "/end").statusCode()).isEqualTo(302);
		LocalDate ended = LocalDate.now();
		this.retention.sweep(ended.plusWeeks(4).plusDays(1));
		assertThat(count(early)).as("withdrawn: gone the day after four weeks").isZero();
		assertThat(this.retention.personExists(earlyApplicant)).isFalse();
		assertThat(count(late)).as("still kept with the consent").isEqualTo(1);

		Browser other = visitor();
		this.clock.day(ended.plusWeeks(5));
		try {
			assertThat(this.keeping.withdraw(latePage.substring(latePage.lastIndexOf('/') + 1)))
				.hasValueSatisfying(application -> assertThat(application.deleted()).isTrue());
		}
		finally {
			this.clock.now();
		}
		assertThat(count(late)).as("deleted at once: its four weeks had passed").isZero();
		assertThat(this.retention.personExists(lateApplicant)).as("and the applicant with it").isFalse();
		HttpResponse<String> after = other.get(latePage);
		assertThat(after.statusCode()).isEqualTo(404);
		assertThat(after.body()).contains("This link no longer leads to an application");
	}

	@Test
	void aProcedureLeftRunningNeedsAttentionAndRemindsThoseWhoRecruitOnce_SKI2() throws Exception {
		String address = "recruiter+" + this.tag + "@example.nl";
		this.accounts.freshWithEmail(Role.RECRUITER, address);
		Browser recruiter = signedIn(Role.RECRUITER);
		UUID forgotten = open(recruiter, "Forgotten " + this.tag);
		UUID recent = open(recruiter, "Recent " + this.tag);
		UUID closing = open(recruiter, "Closing " + this.tag);
		assertThat(apply(visitor(), forgotten, pdf("Forgotten " + this.tag), "email", "f+" + this.tag + "@example.nl")
			.statusCode()).isEqualTo(200);
		OffsetDateTime weeksAgo = OffsetDateTime.now().minusWeeks(5);
		this.jdbc.sql("UPDATE recruitment_vacancy SET opened_at = ? WHERE id IN (?, ?)")
			.params(weeksAgo, forgotten, closing)
			.update();
		this.jdbc.sql("UPDATE recruitment_application SET received_at = ? WHERE vacancy_id = ?")
			.params(weeksAgo.plusDays(1), forgotten)
			.update();
		this.jdbc.sql("UPDATE recruitment_vacancy SET closes_on = ? WHERE id = ?")
			.params(LocalDate.now().minusWeeks(3), closing)
			.update();

		String list = recruiter.get("/admin/recruitment").body();
		assertThat(list).containsOnlyOnce("Needs attention: nothing has happened since "
				+ this.dates.day(weeksAgo.plusDays(1).toLocalDate(), java.util.Locale.ENGLISH));
		assertThat(recruiter.get("/admin/recruitment/" + forgotten).body()).contains("id=\"attention\"",
				"end it once no candidate is considered any longer");
		assertThat(recruiter.get("/admin/recruitment/" + recent).body()).doesNotContain("id=\"attention\"");
		assertThat(recruiter.get("/admin/recruitment/" + closing).body())
			.as("its last day to apply was three weeks ago")
			.doesNotContain("id=\"attention\"");

		assertThat(this.reminders.remind()).isPositive();
		String mail = RequestFixtures
			.body(Mailbox.await(smtp, address, "Recruitment: the procedure for Forgotten " + this.tag));
		assertThat(mail).contains("Its one application is kept until you end it.", "/admin/recruitment/" + forgotten,
				"This is the only reminder for this vacancy.");
		assertThat(this.reminders.remind()).as("one reminder per vacancy").isZero();
		assertThat(Mailbox.to(smtp, address, "Recruitment: the procedure for Forgotten " + this.tag)).hasSize(1);
		assertThat(Mailbox.to(smtp, address, "Recruitment: the procedure for Recent " + this.tag)).isEmpty();
		assertThat(Mailbox.to(smtp, address, "Recruitment: the procedure for Closing " + this.tag)).isEmpty();

		recruiter.post("/admin/recruitment/" + forgotten + "/end");
		assertThat(recruiter.get("/admin/recruitment/" + forgotten).body()).doesNotContain("id=\"attention\"");
	}

	/** The path of the link to the applicant's own page, from the mail. */
	private static String link(String mail) {
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("/jobs/application/[A-Za-z0-9_-]+")
			.matcher(mail);
		assertThat(link.find()).as(mail).isTrue();
		return link.group();
	}

	@Test
	void twoCopiesOfTheFormSentAtOnceByANewApplicantStoreOneApplicationAndOnePerson() throws Exception {
		UUID vacancy = open(signedIn(Role.RECRUITER), "Twice " + this.tag);
		for (int round = 0; round < 5; round++) {
			String email = "twice" + round + "+" + this.tag + "@example.nl";
			SentApplication sent = new SentApplication(vacancy, "Tom", "Tweemaal", email, null, "Sent twice", "cv.pdf",
					pdf(email), false, "nl");
			assertThat(AtOnce.twice(() -> this.applying.apply(sent))).as("both copies answered").isEmpty();
			assertThat(count(email)).isEqualTo(1);
			assertThat(
					this.jdbc.sql("SELECT COUNT(*) FROM people_contact_point WHERE kind = 'EMAIL' AND lookup_key = ?")
						.param(email)
						.query(Integer.class)
						.single())
				.as("no person left behind by the copy refused")
				.isEqualTo(1);
		}
	}

	@Test
	void theSitesMenuLinksTheVacanciesAndTheContactForm() {
		assertThat(visitor().get("/?lang=nl").body()).contains("<a class=\"nav-link\" href=\"/jobs\">Vacatures</a>",
				"<a class=\"nav-link\" href=\"/contact\">Contact</a>");
		assertThat(visitor().get("/jobs?lang=fr").body()).contains("<a class=\"nav-link\" href=\"/jobs\">Emplois</a>");
	}

	@Test
	void onlyTheRecruitmentPermissionOpensThePagesAndTheCv_SKI2() {
		Browser recruiter = signedIn(Role.RECRUITER);
		UUID vacancy = open(recruiter, "Coordinator " + this.tag);
		String email = "only+" + this.tag + "@example.nl";
		assertThat(apply(visitor(), vacancy, pdf(this.tag), "email", email).statusCode()).isEqualTo(200);
		UUID application = (UUID) row(email).get("id");

		Browser coordinator = signedIn(Role.COORDINATOR);
		for (String page : new String[] { "/admin/recruitment", "/admin/recruitment/" + vacancy,
				"/admin/recruitment/applications/" + application,
				"/admin/recruitment/applications/" + application + "/cv.pdf" }) {
			assertThat(coordinator.get(page).statusCode()).as(page).isEqualTo(403);
		}
		assertThat(coordinator.get("/admin").body()).doesNotContain("/admin/recruitment");
		assertThat(signedIn(Role.ADMIN).get("/admin/recruitment/applications/" + application).statusCode())
			.isEqualTo(200);
		assertThat(recruiter.get("/admin").body()).contains("/admin/recruitment");
		assertThat(recruiter.get("/admin/recruitment/applications/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	@Test
	void anErasureRequestReachesTheApplicationsThroughTheCatalogue_ALL1() {
		UUID vacancy = open(signedIn(Role.RECRUITER), "Editor " + this.tag);
		String email = "erase+" + this.tag + "@example.nl";
		assertThat(apply(visitor(), vacancy, pdf(this.tag), "email", email).statusCode()).isEqualTo(200);
		PersonId person = PersonId.of((UUID) row(email).get("person_id"));

		DataRequest request = this.requests.verified(person, Right.ERASURE);
		dpo(() -> this.answers.erase(request.id()));

		assertThat(count(email)).isZero();
	}

	@Test
	void aVacancyWithoutATitleOrClosingInThePastIsRefusedBesideTheFieldWithWhatWasTyped() {
		Browser recruiter = signedIn(Role.RECRUITER);
		recruiter.get("/admin/recruitment");
		HttpResponse<String> untitled = recruiter.post("/admin/recruitment", "title", "", "closesOn", "");
		assertThat(untitled.statusCode()).isEqualTo(400);
		assertThat(untitled.body()).contains("id=\"title-error\"", "This field is required.");
		HttpResponse<String> past = recruiter.post("/admin/recruitment", "title", "Past " + this.tag, "closesOn",
				"2020-01-01");
		assertThat(past.statusCode()).isEqualTo(400);
		assertThat(past.body()).contains("id=\"closesOn-error\"", "cannot lie in the past",
				"value=\"Past " + this.tag + "\"");
		HttpResponse<String> garbled = recruiter.post("/admin/recruitment", "title", "Garbled " + this.tag, "closesOn",
				"next week");
		assertThat(garbled.statusCode()).isEqualTo(400);
		assertThat(garbled.body()).contains("id=\"closesOn-error\"", "This is not a valid date.");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM recruitment_vacancy WHERE title LIKE ?")
			.param("%" + this.tag)
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aRefusedApplicationSaysWhyBesideTheFieldAndStoresNothing_SKI11() {
		UUID vacancy = open(signedIn(Role.RECRUITER), "Tester " + this.tag);
		String email = "bad+" + this.tag + "@example.nl";
		byte[] cv = pdf(this.tag);

		HttpResponse<String> text = apply(visitor(), vacancy, "just text".getBytes(), "email", email);
		assertThat(text.statusCode()).isEqualTo(400);
		assertThat(text.body()).contains("id=\"cvError\"", "The CV must be a PDF file that opens without a password.");
		byte[] truncated = Arrays.copyOf(cv, 40);
		assertThat(apply(visitor(), vacancy, truncated, "email", email).body()).as("a file that only begins like a PDF")
			.contains("id=\"cvError\"");
		byte[] large = Arrays.copyOf(cv, Applying.CV_LIMIT + 1);
		HttpResponse<String> tooLarge = apply(visitor(), vacancy, large, "email", email);
		assertThat(tooLarge.statusCode()).isEqualTo(400);
		assertThat(tooLarge.body()).contains("id=\"cvError\"", "The CV is larger than 5 MB.");
		HttpResponse<String> script = apply(visitor(), vacancy, cv, "email", email, "firstName",
				"<script>alert(1)</script>");
		assertThat(script.statusCode()).isEqualTo(400);
		assertThat(script.body()).contains("id=\"firstNameError\"").doesNotContain("<script>alert(1)");
		HttpResponse<String> fast = apply(visitor(), vacancy, cv, "email", email, "shown", "");
		assertThat(fast.statusCode()).isEqualTo(400);
		assertThat(fast.body()).contains("The form was sent too quickly");
		HttpResponse<String> nul = apply(visitor(), vacancy, cv, "email", email, "lastName", "de\u0000Vries");
		assertThat(nul.statusCode()).isEqualTo(400);
		HttpResponse<String> huge = apply(visitor(), vacancy, cv, "email", email, "motivation", "x".repeat(100_000));
		assertThat(huge.statusCode()).isEqualTo(400);
		assertThat(huge.body()).contains("This value is too long.");
		HttpResponse<String> address = apply(visitor(), vacancy, cv, "email", "not-an-address");
		assertThat(address.statusCode()).isEqualTo(400);
		assertThat(address.body()).contains("id=\"emailError\"");
		Browser broken = visitor();
		broken.get("/jobs/" + vacancy);
		HttpResponse<String> cut = broken.postRaw("/jobs/" + vacancy, "multipart/form-data; boundary=XX",
				("--XX\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + broken.csrfToken()
						+ "\r\n--XX\r\nContent-Disposition: form-data; name=\"cv\"; filename=\"cv.pdf\"\r\n\r\n%PDF-1.")
					.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		assertThat(cut.statusCode()).isEqualTo(400);

		assertThat(count(email)).isZero();
		assertThat(count("not-an-address")).isZero();
		assertThat(apply(visitor(), vacancy, cv, "email", email, "motivation", "<b>Hire me</b>").statusCode())
			.isEqualTo(200);
		UUID application = (UUID) row(email).get("id");
		assertThat(signedIn(Role.RECRUITER).get("/admin/recruitment/applications/" + application).body())
			.as("markup in the motivation is kept as text and shown escaped")
			.contains("&lt;b&gt;Hire me&lt;/b&gt;");
	}

	private Browser visitor() {
		return new Browser(this.port).accepting("text/html");
	}

	private Browser signedIn(Role role) {
		Browser browser = new Browser(this.port).accepting("text/html");
		browser.signIn(this.accounts.of(role));
		return browser;
	}

	private int count(String email) {
		return this.jdbc.sql("SELECT COUNT(*) FROM recruitment_application WHERE email = ?")
			.param(email)
			.query(Integer.class)
			.single();
	}

	private Map<String, Object> row(String email) {
		return this.jdbc.sql("SELECT * FROM recruitment_application WHERE email = ?").param(email).query().singleRow();
	}

	private java.util.List<String> audited(PersonId person) {
		return this.jdbc.sql("SELECT action, detail FROM audit_entry WHERE subject = :subject ORDER BY id")
			.param("subject", this.keyedHash.hash("audit.person", person.value().toString()))
			.query((row, n) -> row.getString("action") + " " + row.getString("detail"))
			.list();
	}

}
