package org.tutela.dossiers;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.people.Organisation;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.crypto.KeyedHash;
import org.tutela.testing.Browser;
import org.tutela.testing.PdfText;
import org.tutela.testing.Smtp;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A health file from its opening to the forms, over real HTTP (MEN-5, MEN-11, MEN-17): an
 * occupational physician opens the file of a client's worker, writes a note of their own,
 * records an examination with its findings and a health assessment, issues the form to
 * the employer and prints it for the worker. The employer's portal page and both PDFs
 * carry the decision, the measures, the next assessment and the physician, never a
 * finding or a note. A coordinator, the DPO, an administrator and a physician the file is
 * not given to are refused, each refusal in the audit trail; the head of the department
 * reads the file but not the physician's own notes.
 */
@PreventionServiceTest
class HealthSurveillanceScenarioTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	HealthFileFixtures health;

	@Autowired
	TrainingFixtures training;

	@Autowired
	TestAccounts accounts;

	@Autowired
	KeyedHash keyedHash;

	@Test
	void theEmployerAndTheWorkerReceiveTheDecisionAndNeverAFindingOrANote_MEN5_MEN11_MEN17() {
		String email = "hr+" + UUID.randomUUID() + "@example.org";
		Organisation employer = this.training.client(email);
		TestAccount hr = this.accounts.portalWithPassword(Role.CLIENT_CONTACT, email);
		TestAccount head = this.accounts.fresh(Role.HEAD_PHYSICIAN);
		TestAccount physician = this.accounts.fresh(Role.PHYSICIAN);
		this.health.department(head.id(), physician.id());
		LocalDate today = LocalDate.now();

		Browser doctor = signedIn(physician);
		assertThat(doctor
			.get("/admin/health-files/new?lang=en&employer=" + URLEncoder.encode(email, StandardCharsets.UTF_8))
			.body()).contains(employer.name());
		HttpResponse<String> opened = doctor.post("/admin/health-files/new", "organisation", employer.id().toString(),
				"firstName", "Hilde", "lastName", "Haemers-Test", "birthDate", "1985-04-12", "workstation",
				"Paint shop", "jobFunction", "Painter", "employedSince", "2020-01-06");
		assertThat(opened.statusCode()).isEqualTo(302);
		String file = Browser.location(opened).replaceAll("^.*(/admin/health-files/[0-9a-f-]+)$", "$1");
		assertThat(file).matches("/admin/health-files/[0-9a-f-]{36}");
		assertThat(doctor.post(file + "/notes", "note", HealthFileFixtures.NOTE).statusCode()).isEqualTo(302);
		assertThat(doctor
			.post(file + "/examinations", "examinedOn", today.toString(), "findings", HealthFileFixtures.FINDINGS,
					"decision", "TRANSFER_FOR_PERIOD", "until", today.plusMonths(3).toString(), "measures",
					"No work with solvents", "nextOn", today.plusYears(1).toString())
			.statusCode()).isEqualTo(302);
		UUID fileId = UUID.fromString(file.substring(file.lastIndexOf('/') + 1));
		UUID examination = this.jdbc.sql("SELECT id FROM dossiers_health_examination WHERE file_id = :file")
			.param("file", fileId)
			.query(UUID.class)
			.single();
		assertThat(doctor.get(file + "?lang=en").body()).contains(HealthFileFixtures.FINDINGS, HealthFileFixtures.NOTE,
				"Paint shop", "To be transferred for a period");
		UUID workstation = this.jdbc
			.sql("SELECT id FROM dossiers_workstation WHERE organisation_id = :employer AND name = 'Paint shop'")
			.param("employer", employer.id())
			.query(UUID.class)
			.single();
		assertThat(doctor.post("/admin/workstations/" + workstation, "exposure", "Solvents and noise above 85 dB(A)")
			.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM audit_entry WHERE actor = :actor AND action = 'UPDATE'
					AND detail = :detail AND fields = 'exposure'""")
			.param("actor", physician.username())
			.param("detail", "workstation " + workstation + ": exposure changed")
			.query(Integer.class)
			.single()).as("the exposure's change on the record").isEqualTo(1);
		assertThat(doctor.post(file + "/examinations/" + examination + "/issue").statusCode()).isEqualTo(302);

		HttpResponse<byte[]> forWorker = doctor.download(file + "/examinations/" + examination + "/form.pdf?lang=en");
		assertThat(forWorker.statusCode()).isEqualTo(200);
		assertThat(PdfText.of(forWorker.body()))
			.contains("Health assessment form", "Hilde Haemers-Test", "To be transferred for a period",
					"No work with solvents", "Next assessment")
			.doesNotContain(HealthFileFixtures.FINDINGS, HealthFileFixtures.NOTE, "Audiogram");
		assertThat(doctor.post(file + "/examinations/" + examination + "/handed").statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("""
				SELECT COUNT(*) FROM dossiers_health_examination
				WHERE id = :id AND handed_at IS NOT NULL AND issued_at IS NOT NULL AND disclosure_id IS NOT NULL""")
			.param("id", examination)
			.query(Integer.class)
			.single()).as("issued, recorded as a disclosure, and handed").isEqualTo(1);

		Browser contact = signedIn(hr);
		String portal = contact.get("/me/health-assessments?lang=en").body();
		assertThat(portal)
			.contains("Hilde Haemers-Test", "To be transferred for a period", "No work with solvents", "Paint shop")
			.doesNotContain(HealthFileFixtures.FINDINGS, HealthFileFixtures.NOTE, "Audiogram");
		HttpResponse<byte[]> forEmployer = contact
			.download("/me/health-assessments/" + examination + "/form.pdf?lang=en");
		assertThat(forEmployer.statusCode()).isEqualTo(200);
		assertThat(PdfText.of(forEmployer.body())).contains("To be transferred for a period", "No work with solvents")
			.doesNotContain(HealthFileFixtures.FINDINGS, HealthFileFixtures.NOTE);

		PersonId worker = PersonId.of(this.jdbc.sql("SELECT worker_id FROM dossiers_health_file WHERE id = :id")
			.param("id", fileId)
			.query(UUID.class)
			.single());
		for (Role role : new Role[] { Role.COORDINATOR, Role.DPO, Role.ADMIN, Role.PHYSICIAN }) {
			TestAccount stranger = this.accounts.fresh(role);
			assertThat(signedIn(stranger).get(file).statusCode()).as(role.name()).isEqualTo(403);
			assertThat(refusals(stranger, worker)).as(role.name() + "'s refusal on the record").isEqualTo(1);
		}

		Browser chief = signedIn(head);
		assertThat(chief.get(file + "?lang=en").body()).contains(HealthFileFixtures.FINDINGS, "Hilde Haemers-Test")
			.doesNotContain(HealthFileFixtures.NOTE);
		assertThat(chief.post(file + "/notes", "note", "head's note").statusCode()).isEqualTo(403);
	}

	@Test
	void aFormThatCannotBeKeptSaysWhyBesideTheFieldAndTheHeadGivesTheFileToAnotherPhysician_MEN11() {
		TestAccount head = this.accounts.fresh(Role.HEAD_PHYSICIAN);
		TestAccount physician = this.accounts.fresh(Role.PHYSICIAN);
		TestAccount colleague = this.accounts.fresh(Role.PHYSICIAN);
		UUID department = this.health.department(head.id(), physician.id(), colleague.id());
		UUID file = this.health
			.file(department, physician.id(), this.training.client("hr+" + System.nanoTime() + "@example.org"))
			.id();
		String page = "/admin/health-files/" + file;

		Browser doctor = signedIn(physician);
		doctor.get(page);
		HttpResponse<String> refused = doctor.post(page + "/examinations?lang=en", "examinedOn",
				LocalDate.now().toString(), "decision", "UNFIT_FOR_PERIOD", "findings", "not kept");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"until-error\"", "This field is required.");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM dossiers_health_examination WHERE file_id = :file")
			.param("file", file)
			.query(Integer.class)
			.single()).as("only the fixture's examination").isEqualTo(1);

		Browser chief = signedIn(head);
		chief.get(page);
		assertThat(chief.post(page + "/assignment", "physician", colleague.id().value().toString()).statusCode())
			.isEqualTo(302);
		assertThat(doctor.get(page).statusCode()).as("the former physician").isEqualTo(403);
		assertThat(signedIn(colleague).get(page + "?lang=en").body()).contains("Hilde Haemers")
			.doesNotContain(HealthFileFixtures.NOTE);
	}

	private int refusals(TestAccount account, PersonId worker) {
		return this.jdbc.sql("""
				SELECT COUNT(*) FROM audit_entry WHERE subject = :subject AND actor = :actor
					AND action = 'PROCESSING_REFUSED'""")
			.param("subject", this.keyedHash.hash("audit.person", worker.value().toString()))
			.param("actor", account.username())
			.query(Integer.class)
			.single();
	}

	private Browser signedIn(TestAccount account) {
		Browser browser = new Browser(this.port);
		browser.signIn(account);
		return browser;
	}

}
