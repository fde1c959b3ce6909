package org.tutela.dossiers;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.people.Organisation;
import org.tutela.testing.Browser;
import org.tutela.testing.Mailbox;
import org.tutela.testing.Smtp;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The physician's part of a control, over real HTTP and a real SMTP server: the visit is
 * planned within the incapacity, the findings are recorded with a conclusion whose days
 * obey the rules, and the report is issued: a disclosure to the employer in the log
 * (ALL-3), the retention anchor set (CER-13), and a mail to the contact who ordered the
 * control that names only the reference (CER-1). A broken rule is named beside its field
 * and nothing is stored.
 */
@MedicalInspectionTest
class ControlExaminationTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	ControlFixtures controls;

	@Autowired
	TrainingFixtures training;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	String hr;

	ControlSummary control;

	Browser physician;

	TestAccount examiner;

	@BeforeEach
	void anAssignedControl() {
		TestAccount head = this.accounts.fresh(Role.HEAD_PHYSICIAN);
		TestAccount physician = this.accounts.fresh(Role.PHYSICIAN);
		this.controls.department(head.id(), physician.id());
		this.hr = "hr+" + UUID.randomUUID() + "@example.org";
		Organisation employer = this.training.client(this.hr);
		this.control = this.controls.ordered(employer);
		Browser dispatcher = new Browser(this.port);
		dispatcher.signIn(head);
		dispatcher.post("/admin/controls/" + this.control.id() + "/assignment", "physician",
				physician.id().value().toString());
		this.examiner = physician;
		this.physician = new Browser(this.port);
		this.physician.signIn(physician);
	}

	@Test
	void fromTheVisitToTheReportTheEmployerIsToldOnlyTheReference_CER1_CER13_ALL3() throws Exception {
		LocalDate tomorrow = LocalDate.now().plusDays(1);
		assertThat(post("/visit", "kind", "HOME_VISIT", "day", tomorrow.toString(), "time", "10:30").statusCode())
			.isEqualTo(302);
		assertThat(status()).isEqualTo("PLANNED");

		LocalDate today = LocalDate.now();
		assertThat(post("/findings", "examinedOn", today.toString(), "conclusion", "SHORTENED", "justifiedUntil",
				today.plusDays(3).toString(), "resumableOn", today.plusDays(4).toString(), "findings",
				ControlFixtures.FINDINGS)
			.statusCode()).isEqualTo(302);
		assertThat(status()).isEqualTo("EXAMINED");
		assertThat(this.physician.get("/admin/controls/" + this.control.id() + "?lang=en").body())
			.contains(ControlFixtures.FINDINGS, "Incapacity justified for a shorter time");

		assertThat(post("/report").statusCode()).isEqualTo(302);

		Map<String, Object> reported = this.jdbc
			.sql("SELECT status, incident_on, report_disclosure_id FROM dossiers_control WHERE id = :id")
			.param("id", this.control.id())
			.query()
			.singleRow();
		assertThat(reported).containsEntry("status", "REPORTED");
		assertThat(this.jdbc.sql("SELECT incident_on FROM dossiers_control WHERE id = :id")
			.param("id", this.control.id())
			.query(LocalDate.class)
			.single()).isEqualTo(today);
		Map<String, Object> disclosure = this.jdbc
			.sql("SELECT activity, recipient_type, reference, disclosed_by FROM disclosure WHERE id = :id")
			.param("id", reported.get("report_disclosure_id"))
			.query()
			.singleRow();
		assertThat(disclosure).containsEntry("activity", "medical-inspection")
			.containsEntry("recipient_type", "EMPLOYER")
			.containsEntry("reference", "absenteeism control " + this.control.reference() + ": conclusion")
			.containsEntry("disclosed_by", this.examiner.username());

		MimeMessage mail = Mailbox.await(smtp, this.hr, "Absenteeism control").get(0);
		String text = mail.getSubject() + "\n" + Mailbox.decoded(String.valueOf(mail.getContent()));
		assertThat(text).contains(this.control.reference(), "/me/controls/" + this.control.id())
			.doesNotContain("Werker", ControlFixtures.FINDINGS, ControlFixtures.DOCTOR, "shorter");
	}

	@Test
	void aConclusionWithoutItsDayIsRefusedBesideItsFieldAndNothingIsStored() {
		post("/visit", "kind", "HOME_VISIT", "day", LocalDate.now().plusDays(1).toString());
		HttpResponse<String> refused = post("/findings?lang=en", "examinedOn", LocalDate.now().toString(), "conclusion",
				"NOT_JUSTIFIED", "findings", ControlFixtures.FINDINGS);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).containsPattern("id=\"resumableOn-error\"[^>]*>This field is required.")
			.contains(ControlFixtures.FINDINGS);
		assertThat(status()).isEqualTo("PLANNED");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM dossiers_control_finding WHERE control_id = :id")
			.param("id", this.control.id())
			.query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aVisitAfterTheIncapacityEndsIsRefused() {
		HttpResponse<String> refused = post("/visit?lang=en", "kind", "CONVOCATION", "day",
				LocalDate.now().plusDays(30).toString(), "place", "Service, Voorbeeldlaan 12");
		assertThat(refused.body()).contains("This day is after the end of the incapacity.");
		assertThat(status()).isEqualTo("ASSIGNED");
	}

	@Test
	void theReportCannotBeIssuedBeforeTheExamination() {
		assertThat(post("/report").statusCode()).isEqualTo(409);
		assertThat(status()).isEqualTo("ASSIGNED");
	}

	private HttpResponse<String> post(String step, String... fields) {
		String path = "/admin/controls/" + this.control.id() + step;
		return this.physician.post(path, fields);
	}

	private String status() {
		return this.jdbc.sql("SELECT status FROM dossiers_control WHERE id = :id")
			.param("id", this.control.id())
			.query(String.class)
			.single();
	}

}
