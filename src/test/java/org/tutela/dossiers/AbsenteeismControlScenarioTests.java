package org.tutela.dossiers;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.people.Organisation;
import org.tutela.testing.Browser;
import org.tutela.testing.Http;
import org.tutela.testing.PdfText;
import org.tutela.testing.Smtp;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A control from the HR contact's order to the employer's report, over real HTTP: the
 * contact orders through the API with what the employer knows of the incapacity (CER-4),
 * the head physician assigns it, the physician plans the visit, records the findings and
 * issues the report. The employer then reads, in the API and in the PDF, the conclusion
 * alone: no attending doctor, no cause, no hospitalisation, no findings (CER-1). Another
 * client's contact can neither order for that employer nor learn that the control exists.
 */
@MedicalInspectionTest
@ExtendWith(OutputCaptureExtension.class)
class AbsenteeismControlScenarioTests {

	private static final String API = "/api/v1/absenteeism-controls";

	private static final String DOCTOR = "Dr Peeters-Marker";

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ControlFixtures controls;

	@Autowired
	TrainingFixtures training;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Http http;

	@Autowired
	JsonMapper json;

	TestAccount hr;

	Organisation employer;

	@BeforeEach
	void aClientWithItsHrContact() {
		String email = "hr+" + UUID.randomUUID() + "@example.org";
		this.employer = this.training.client(email);
		this.hr = this.accounts.portalWithPassword(Role.CLIENT_CONTACT, email);
	}

	@Test
	void aControlFromTheHrOrderToTheEmployersReportCarriesNoHealthField_CER1_CER4(CapturedOutput log) {
		LocalDate today = LocalDate.now();
		HttpResponse<String> ordered = this.http.postJson(API,
				Order.valid()
					.with("nature", "WORK_ACCIDENT")
					.with("hospitalised", "YES")
					.with("mayLeaveHome", "NO")
					.with("doctorName", DOCTOR)
					.with("doctorAddress", "Dokterslaan 3, 1000 Brussel")
					.json(this.json),
				"Authorization", this.hr.basic());
		assertThat(ordered.statusCode()).isEqualTo(201);
		JsonNode placed = this.json.readTree(ordered.body());
		String id = placed.get("id").asString();
		String reference = placed.get("reference").asString();
		assertThat(standing(this.hr, id).get("report").isNull()).isTrue();

		TestAccount head = this.accounts.fresh(Role.HEAD_PHYSICIAN);
		TestAccount physician = this.accounts.fresh(Role.PHYSICIAN);
		this.controls.department(head.id(), physician.id());
		Browser dispatcher = signedIn(head);
		assertThat(
				dispatcher.post("/admin/controls/" + id + "/assignment", "physician", physician.id().value().toString())
					.statusCode())
			.isEqualTo(302);
		Browser examiner = signedIn(physician);
		String file = "/admin/controls/" + id;
		assertThat(examiner.get(file + "?lang=en").body()).contains(DOCTOR, "Accident at work");
		assertThat(examiner
			.post(file + "/visit", "kind", "HOME_VISIT", "day", today.plusDays(1).toString(), "time", "10:30")
			.statusCode()).isEqualTo(302);
		assertThat(examiner
			.post(file + "/findings", "examinedOn", today.toString(), "conclusion", "SHORTENED", "justifiedUntil",
					today.plusDays(3).toString(), "resumableOn", today.plusDays(4).toString(), "findings",
					ControlFixtures.FINDINGS)
			.statusCode()).isEqualTo(302);
		assertThat(examiner.post(file + "/report").statusCode()).isEqualTo(302);

		HttpResponse<String> answer = this.http.get(API + "/" + id, "Authorization", this.hr.basic());
		assertThat(answer.statusCode()).isEqualTo(200);
		JsonNode standing = this.json.readTree(answer.body());
		assertThat(standing.get("status").asString()).isEqualTo("REPORTED");
		JsonNode report = standing.get("report");
		List<String> names = new ArrayList<>();
		report.propertyNames().forEach(names::add);
		assertThat(names).containsExactlyInAnyOrderElementsOf(Arrays.stream(EmployerReport.class.getRecordComponents())
			.map(component -> component.getName())
			.toList());
		assertThat(report.get("reference").asString()).isEqualTo(reference);
		assertThat(report.get("conclusion").asString()).isEqualTo("SHORTENED");
		assertThat(report.get("employeeNumber").asString()).isEqualTo("P-0815");
		assertThat(answer.body()).doesNotContain(DOCTOR, "Peeters-Marker", "Dokterslaan", "WORK_ACCIDENT",
				"hospitalised", "mayLeaveHome", "certificate", "nature", ControlFixtures.FINDINGS, "HERNIA");

		Browser contact = signedIn(this.hr);
		String page = contact.get("/me/controls/" + id + "?lang=en").body();
		assertThat(page).contains(reference, "Incapacity justified for a shorter time", "Report ready")
			.doesNotContain(DOCTOR, "Accident at work", ControlFixtures.FINDINGS);
		HttpResponse<byte[]> pdf = contact.download("/me/controls/" + id + "/report.pdf?lang=en");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> type.startsWith("application/pdf"));
		String text = PdfText.of(pdf.body());
		assertThat(text).contains(reference, "Walter Werker", "Incapacity justified for a shorter time", "P-0815")
			.doesNotContain(DOCTOR, "Peeters-Marker", "Dokterslaan", "Accident at work", "hospital",
					ControlFixtures.FINDINGS, "HERNIA");
		assertThat(log.getAll()).as("the application's log")
			.doesNotContain(DOCTOR, "Dokterslaan", ControlFixtures.FINDINGS, "Walter Werker");
	}

	@Test
	void anotherClientsContactNeitherOrdersForNorSeesTheControl() {
		String id = this.json
			.readTree(this.http.postJson(API, Order.valid().json(this.json), "Authorization", this.hr.basic()).body())
			.get("id")
			.asString();
		String otherEmail = "hr+" + UUID.randomUUID() + "@example.org";
		this.training.client(otherEmail);
		TestAccount other = this.accounts.portalWithPassword(Role.CLIENT_CONTACT, otherEmail);

		HttpResponse<String> refused = this.http.postJson(API,
				Order.valid().with("organisation", this.employer.id().toString()).json(this.json), "Authorization",
				other.basic());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("\"field\":\"organisation\"");

		assertThat(this.http.get(API + "/" + id, "Authorization", other.basic()).statusCode()).isEqualTo(404);
		Browser stranger = signedIn(other);
		assertThat(stranger.get("/me/controls/" + id).statusCode()).isEqualTo(404);
		assertThat(stranger.download("/me/controls/" + id + "/report.pdf").statusCode()).isEqualTo(404);
		assertThat(stranger.get("/me/controls?lang=en").body()).doesNotContain("Walter Werker");
		assertThat(this.http.get(API + "/" + id, "Authorization", this.hr.basic()).statusCode()).isEqualTo(200);
	}

	@Test
	void theContactCallsOffAControlNotYetExaminedAndItsRetentionCountsFromThatDay_CER13() {
		String id = this.json
			.readTree(this.http.postJson(API, Order.valid().json(this.json), "Authorization", this.hr.basic()).body())
			.get("id")
			.asString();
		Browser contact = signedIn(this.hr);
		contact.get("/me/controls/" + id);

		assertThat(contact.post("/me/controls/" + id + "/cancel").statusCode()).isEqualTo(302);
		assertThat(contact.get("/me/controls/" + id + "?lang=en").body()).contains("Called off")
			.doesNotContain("Call it off now");
		assertThat(this.jdbc.sql("SELECT status, incident_on FROM dossiers_control WHERE id = :id")
			.param("id", UUID.fromString(id))
			.query((row, number) -> row.getString("status") + " " + row.getObject("incident_on", LocalDate.class))
			.single()).isEqualTo("CANCELLED " + LocalDate.now());
		assertThat(contact.post("/me/controls/" + id + "/cancel").statusCode()).isEqualTo(409);
	}

	private JsonNode standing(TestAccount account, String id) {
		HttpResponse<String> answer = this.http.get(API + "/" + id, "Authorization", account.basic());
		assertThat(answer.statusCode()).isEqualTo(200);
		return this.json.readTree(answer.body());
	}

	private Browser signedIn(TestAccount account) {
		Browser browser = new Browser(this.port);
		browser.signIn(account);
		return browser;
	}

}
