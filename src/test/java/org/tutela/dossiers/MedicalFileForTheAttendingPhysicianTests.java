package org.tutela.dossiers;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.disclosures.Disclosure;
import org.tutela.disclosures.Disclosures;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.platform.crypto.KeyedHash;
import org.tutela.requests.AttendingPhysician;
import org.tutela.requests.DataRequest;
import org.tutela.requests.DpoDesk;
import org.tutela.requests.MedicalFileRequests;
import org.tutela.requests.RequestStatus;
import org.tutela.register.RecipientType;
import org.tutela.testing.Browser;
import org.tutela.testing.PdfText;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A worker's access request on their medical file (MEN-17, CER-9), over real HTTP: the
 * request desk hands it to the head physicians with the attending physician the letter
 * names; a head physician prints every control file about the worker, findings included,
 * addressed to that physician, and says it went by post. The disclosure to the attending
 * physician is in the log and the request is answered. Nobody else prints the file.
 */
@MedicalInspectionTest
class MedicalFileForTheAttendingPhysicianTests {

	private static final String[] DPO = { "backoffice", "people.read", "audit.read", "requests.manage" };

	private static final AttendingPhysician DR_MAES = new AttendingPhysician("Dr Anouk Maes",
			"Dokterslaan 3, 1000 Brussel");

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	ControlFixtures controls;

	@Autowired
	FileRequestFixtures requests;

	@Autowired
	TrainingFixtures training;

	@Autowired
	TestAccounts accounts;

	@Autowired
	MedicalFileRequests medicalFiles;

	@Autowired
	DpoDesk desk;

	@Autowired
	Disclosures disclosures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KeyedHash keyedHash;

	ControlSummary control;

	DataRequest letter;

	@BeforeEach
	void anExaminedControlAndALetter() {
		this.control = this.controls.ordered(this.training.client("hr+" + System.nanoTime() + "@example.org"));
		this.controls.examined(this.control, new Finding(LocalDate.now(), Conclusion.NOT_JUSTIFIED, null,
				LocalDate.now().plusDays(1), ControlFixtures.FINDINGS));
		this.letter = this.requests.fileRequested(this.control.worker(), DR_MAES);
	}

	@Test
	void theHeadPhysicianPrintsTheFileForTheAttendingPhysicianAndTheRequestIsAnswered_MEN17() {
		TestAccount head = this.accounts.fresh(Role.HEAD_PHYSICIAN);
		this.controls.department(head.id());
		Browser browser = new Browser(this.port);
		browser.signIn(head);

		assertThat(browser.get("/admin?lang=en").body()).contains("Medical files requested");
		String list = browser.get("/admin/medical-file-requests?lang=en").body();
		assertThat(list).contains("Wout Werker", "Dr Anouk Maes", "Dokterslaan 3, 1000 Brussel")
			.doesNotContain(ControlFixtures.FINDINGS);

		HttpResponse<byte[]> pdf = browser
			.download("/admin/medical-file-requests/" + this.letter.id() + "/medical-file.pdf?lang=en");
		assertThat(pdf.statusCode()).isEqualTo(200);
		String text = PdfText.of(pdf.body());
		assertThat(text).contains("Dr Anouk Maes", "Dokterslaan 3, 1000 Brussel", "Medical file of Wout Werker",
				this.control.reference(), ControlFixtures.FINDINGS, ControlFixtures.DOCTOR, "Incapacity not justified");
		assertThat(exports(this.control)).as("one reading of the control and the export").isEqualTo(2);

		HttpResponse<String> sent = browser.post("/admin/medical-file-requests/" + this.letter.id() + "/sent");
		assertThat(sent.statusCode()).isEqualTo(302);

		DataRequest answered = Staff.as(() -> this.desk.get(this.letter.id()), DPO);
		assertThat(answered.status()).isEqualTo(RequestStatus.COMPLETED);
		assertThat(answered.outcome()).isEqualTo("medical file sent to the attending physician");
		List<Disclosure> given = Staff.as(() -> this.disclosures.about(this.control.worker()), DPO);
		assertThat(given).anySatisfy(disclosure -> {
			assertThat(disclosure.recipientType()).isEqualTo(RecipientType.ATTENDING_PHYSICIAN);
			assertThat(disclosure.reference()).isEqualTo("access request " + this.letter.id());
		});
		assertThat(browser.get("/admin/medical-file-requests?lang=en").body()).doesNotContain("Wout Werker");
	}

	@Test
	void theRequestDeskAPhysicianAndACoordinatorCannotPrintIt_MEN11() {
		for (Role role : List.of(Role.DPO, Role.PHYSICIAN, Role.COORDINATOR, Role.ADMIN)) {
			Browser browser = new Browser(this.port);
			browser.signIn(this.accounts.fresh(role));
			HttpResponse<byte[]> pdf = browser
				.download("/admin/medical-file-requests/" + this.letter.id() + "/medical-file.pdf");
			assertThat(pdf.statusCode()).as(role.name()).isEqualTo(403);
			assertThat(browser.post("/admin/medical-file-requests/" + this.letter.id() + "/sent").statusCode())
				.as(role.name())
				.isEqualTo(403);
		}
		assertThat(exports(this.control)).isZero();
		assertThat(Staff.as(() -> this.desk.get(this.letter.id()), DPO).status()).isEqualTo(RequestStatus.VERIFIED);
	}

	@Test
	void anAnsweredRequestIsNotFoundByTheHeads() {
		Staff.as(() -> this.medicalFiles.sent(this.letter.id()), "medical-files.release", "backoffice");
		Browser browser = new Browser(this.port);
		browser.signIn(this.accounts.fresh(Role.HEAD_PHYSICIAN));
		assertThat(
				browser.download("/admin/medical-file-requests/" + this.letter.id() + "/medical-file.pdf").statusCode())
			.isEqualTo(404);
	}

	/** Exports and readings of the worker's files in the trail. */
	private int exports(ControlSummary control) {
		return this.jdbc
			.sql("""
					SELECT COUNT(*) FROM audit_entry WHERE subject = :subject
						AND (action = 'EXPORT' AND detail LIKE 'medical files printed%' OR action = 'READ' AND purpose = 'medical-inspection')""")
			.param("subject", this.keyedHash.hash("audit.person", control.worker().value().toString()))
			.query(Integer.class)
			.single();
	}

}
