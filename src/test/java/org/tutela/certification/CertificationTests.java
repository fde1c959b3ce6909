package org.tutela.certification;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tutela.catalog.Course;
import org.tutela.catalog.Session;
import org.tutela.catalog.SessionHeld;
import org.tutela.catalog.schedule.HeldSessions;
import org.tutela.disclosures.Disclosure;
import org.tutela.disclosures.Disclosures;
import org.tutela.enrolment.AttendanceBook;
import org.tutela.enrolment.AttendanceMark;
import org.tutela.enrolment.Registering;
import org.tutela.enrolment.Registration;
import org.tutela.enrolment.RegistrationForm;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.personaldata.DataCategory;
import org.tutela.register.Register;
import org.tutela.testing.Browser;
import org.tutela.testing.Eventually;
import org.tutela.testing.HttpTest;
import org.tutela.testing.Mailbox;
import org.tutela.testing.PdfText;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Certificates from attendance to verification: issued only to those who met the course's
 * attendance rule, a PDF that says what it certifies with its code, a public page that
 * shows valid or expired and nothing more, and the export to the certifying authority
 * logged as a disclosure (MEZ-4, MEZ-8).
 */
@HttpTest
@Import(TrainingFixtures.class)
@RecordApplicationEvents
class CertificationTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	TrainingFixtures training;

	@Autowired
	Registering registering;

	@Autowired
	AttendanceBook attendance;

	@Autowired
	Certificates certificates;

	@Autowired
	Disclosures disclosures;

	@Autowired
	Register register;

	@Autowired
	TestAccounts accounts;

	@Autowired
	HeldSessions heldSessions;

	@Autowired
	ApplicationEvents events;

	private final String tag = UUID.randomUUID().toString().substring(0, 8);

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void onlyThoseWhoMetTheAttendanceRuleGetACertificateWhosePdfAndVerificationPageSayWhatItCertifies_MEZ8()
			throws Exception {
		Course course = this.training.course(true, 7, 24);
		Session session = this.training.session(course, 10, LocalDate.now().plusDays(5), 2, List.of());
		Registration ann = register(session, "Ann", "Peeters", "85.07.30-033.28");
		Registration bob = register(session, "Bob", "Janssens", "90.02.01-997.04");
		Session held = this.training.holdInThePast(session, LocalDate.now().minusDays(3));
		mark(held, ann, held.firstDay(), true);
		mark(held, ann, held.lastDay(), true);
		mark(held, bob, held.firstDay(), true);
		mark(held, bob, held.lastDay(), false);

		List<Certificate> issued = Staff.coordinator(() -> this.certificates.issue(held.id()));

		assertThat(issued).extracting(Certificate::holderName).containsExactly("Ann Peeters");
		Certificate certificate = issued.get(0);
		assertThat(certificate.validUntil()).isEqualTo(held.lastDay().plusMonths(24));
		assertThat(Staff.coordinator(() -> this.certificates.issue(held.id()))).as("issued once").isEmpty();
		String text = PdfText.of(Staff.coordinator(() -> this.certificates.pdf(certificate.id(), Locale.ENGLISH)));
		assertThat(text).contains("Certificate", "Ann Peeters", course.title(), certificate.code(),
				"Valid until " + DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
					.withLocale(Locale.ENGLISH)
					.format(certificate.validUntil()));
		assertThat(Mailbox.await(smtp, email("ann"), "Your certificate")).hasSize(1);

		Browser verifier = new Browser(this.port);
		String page = verifier.get("/verify/" + certificate.code().toLowerCase(Locale.ROOT) + "?lang=en").body();
		assertThat(page).contains("Valid", "Ann Peeters", course.title()).doesNotContain("85.07.30", "ann+" + this.tag);
		assertThat(verifier.get("/verify?code=NONE-SUCH-CODE").statusCode()).isEqualTo(404);
	}

	@Test
	void aSessionIsAnnouncedHeldOnceAndThoseWhoCompletedItAreCertifiedWithoutTheButton_MEZ8() throws Exception {
		Course course = this.training.course(true, 7, 24);
		Session session = this.training.session(course, 10, LocalDate.now().plusDays(5), 2, List.of());
		Registration fien = register(session, "Fien", "Claes", "85.07.30-033.28");
		Registration gert = register(session, "Gert", "Mertens", "90.02.01-997.04");
		this.heldSessions.announce();
		assertThat(heldAnnouncements(session)).as("not held before its end").isZero();
		Session held = this.training.holdInThePast(session, LocalDate.now().minusDays(3));
		mark(held, fien, held.firstDay(), true);
		mark(held, fien, held.lastDay(), true);
		mark(held, gert, held.firstDay(), true);
		mark(held, gert, held.lastDay(), false);

		assertThat(this.heldSessions.announce()).isPositive();
		Eventually.holds("certified once the session is held",
				() -> !Staff.coordinator(() -> this.certificates.ofSession(held.id())).isEmpty());
		assertThat(Staff.coordinator(() -> this.certificates.ofSession(held.id()))).extracting(Certificate::holderName)
			.containsExactly("Fien Claes");
		assertThat(Mailbox.await(smtp, email("fien"), "Your certificate")).hasSize(1);
		this.heldSessions.announce();
		assertThat(heldAnnouncements(held)).as("announced once").isOne();
		assertThat(Staff.coordinator(() -> this.certificates.issue(held.id()))).as("the button issues no second")
			.isEmpty();
	}

	@Test
	void issuingBeforeTheSessionHasEndedSaysItIsNotOverAndWhenItEnds() {
		Session session = this.training.session(true, 10, LocalDate.now().plusDays(5));
		Locale dutch = Locale.forLanguageTag("nl");
		String end = session.lastDay().getDayOfMonth() + " "
				+ session.lastDay().getMonth().getDisplayName(TextStyle.FULL, dutch) + " "
				+ session.lastDay().getYear();
		String told = "Deze sessie is nog niet voorbij: ze eindigt op " + end + " om 17:00.";
		Browser coordinator = new Browser(this.port);
		coordinator.signIn(this.accounts.of(Role.COORDINATOR));
		coordinator.get("/admin/sessions/" + session.id() + "/certificates?lang=nl");

		HttpResponse<String> problem = coordinator.post("/admin/sessions/" + session.id() + "/certificates");
		assertThat(problem.statusCode()).isEqualTo(409);
		assertThat(problem.body()).contains("\"type\":\"urn:tutela:problem:session-not-over\"", told)
			.doesNotContain(session.lastDay().toString());

		coordinator.accepting("text/html").get("/admin/sessions/" + session.id() + "/certificates");
		HttpResponse<String> page = coordinator.post("/admin/sessions/" + session.id() + "/certificates");
		assertThat(page.statusCode()).isEqualTo(409);
		assertThat(page.body()).contains("<h1>Sessie niet voorbij</h1>", told)
			.doesNotContain(session.lastDay().toString());
		assertThat(Staff.coordinator(() -> this.certificates.ofSession(session.id()))).isEmpty();
	}

	@Test
	void anExpiredCertificateShowsAsExpired() {
		Course course = this.training.course(true, 7, 12);
		Session session = this.training.session(course, 10, LocalDate.now().plusDays(5), 1, List.of());
		Registration carl = register(session, "Carl", "Maes", "85.07.30-033.28");
		Session held = this.training.holdInThePast(session, LocalDate.now().minusYears(2));
		mark(held, carl, held.firstDay(), true);
		Certificate certificate = Staff.coordinator(() -> this.certificates.issue(held.id())).get(0);

		assertThat(certificate.validUntil()).isBefore(LocalDate.now());
		String page = new Browser(this.port).get("/verify/" + certificate.code() + "?lang=en").body();
		assertThat(page).contains("id=\"status\"").contains(">Expired<").contains("Carl Maes");
	}

	@Test
	void theAuthorityExportOfACertifiedSessionCarriesTheNationalNumbersAndIsInTheDisclosureLog_MEZ4() {
		Session session = this.training.session(this.training.course(true, 7, 60), 10, LocalDate.now().plusDays(5), 1,
				List.of());
		Registration dana = register(session, "Dana", "Wouters", "85.07.30-033.28");
		String authority = this.register.pack()
			.activity(this.register.pack().training().certification())
			.orElseThrow()
			.recipients()
			.get(0)
			.name();
		Browser coordinator = new Browser(this.port);
		coordinator.signIn(this.accounts.of(Role.COORDINATOR));
		String page = coordinator.get("/admin/sessions/" + session.id() + "/certificates?lang=en").body();
		assertThat(page).contains("Report to the certifying authority", authority);

		HttpResponse<String> csv = coordinator.post("/admin/sessions/" + session.id() + "/authority-export",
				"authority", authority, "format", "CSV");
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).startsWith("national_number;last_name;first_name").contains("85073003328;Wouters;Dana");
		HttpResponse<String> xml = coordinator.post("/admin/sessions/" + session.id() + "/authority-export",
				"authority", authority, "format", "XML");
		assertThat(xml.body()).contains("<national-number>85073003328</national-number>",
				"<last-name>Wouters</last-name>");

		List<Disclosure> logged = Staff.as(() -> this.disclosures.about(dana.participant()), "backoffice",
				"audit.read");
		assertThat(logged).hasSize(2).allSatisfy(disclosure -> {
			assertThat(disclosure.activity()).isEqualTo(this.register.pack().training().certification());
			assertThat(disclosure.recipient()).isEqualTo(authority);
			assertThat(disclosure.categories()).contains(DataCategory.IDENTIFIER);
			assertThat(disclosure.persons()).containsExactly(dana.participant());
		});
	}

	@Test
	void aCourseThatIsNotCertifiedHasNoAuthorityExport() {
		Session session = this.training.session(false, 10, LocalDate.now().plusDays(5));
		register(session, "Eva", "Smet", null);
		Browser coordinator = new Browser(this.port);
		coordinator.signIn(this.accounts.of(Role.COORDINATOR));
		assertThat(coordinator.get("/admin/sessions/" + session.id() + "/certificates?lang=en").body())
			.doesNotContain("Report to the certifying authority");
		assertThat(coordinator
			.post("/admin/sessions/" + session.id() + "/authority-export", "authority", "Anyone", "format", "CSV")
			.statusCode()).isEqualTo(409);
	}

	private Registration register(Session session, String first, String last, String nationalNumber) {
		return Staff.coordinator(() -> this.registering.registerByStaff(session.id(), new RegistrationForm(first, last,
				email(first.toLowerCase(Locale.ROOT)), null, null, null, nationalNumber, null, false, false, null),
				"en"));
	}

	private long heldAnnouncements(Session session) {
		return this.events.stream(SessionHeld.class).filter(held -> held.session().equals(session.id())).count();
	}

	private String email(String name) {
		return name + "+" + this.tag + "@example.org";
	}

	private void mark(Session session, Registration registration, LocalDate day, boolean present) {
		Staff.coordinator(() -> {
			this.attendance.record(session.id(), new AttendanceMark(registration.id(), day, present, null));
			return null;
		});
	}

}
