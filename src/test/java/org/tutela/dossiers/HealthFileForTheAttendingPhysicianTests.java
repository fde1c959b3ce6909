package org.tutela.dossiers;

import java.net.http.HttpResponse;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tutela.disclosures.Disclosures;
import org.tutela.dossiers.surveillance.HealthFile;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.AccountId;
import org.tutela.identity.Role;
import org.tutela.register.RecipientType;
import org.tutela.requests.AttendingPhysician;
import org.tutela.requests.DataRequest;
import org.tutela.testing.Browser;
import org.tutela.testing.PdfText;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;
import org.tutela.testing.TestAccounts.TestAccount;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A prevention service's worker asks for their medical file (MEN-17): the head physician
 * prints the health file whole, all four sections and every physician's notes, for the
 * attending physician the letter names, and saying it was posted logs the disclosure
 * under health surveillance.
 */
@PreventionServiceTest
class HealthFileForTheAttendingPhysicianTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	HealthFileFixtures health;

	@Autowired
	FileRequestFixtures requests;

	@Autowired
	TrainingFixtures training;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Disclosures disclosures;

	@Test
	void theHeadPhysicianPrintsTheWholeHealthFileForTheAttendingPhysician_MEN17() {
		TestAccount head = this.accounts.fresh(Role.HEAD_PHYSICIAN);
		this.health.department(head.id());
		HealthFile file = this.health.file(null, AccountId.random(),
				this.training.client("hr+" + System.nanoTime() + "@example.org"));
		DataRequest letter = this.requests.fileRequested(file.worker(),
				new AttendingPhysician("Dr Anouk Maes", "Dokterslaan 3, 1000 Brussel"));
		Browser browser = new Browser(this.port);
		browser.signIn(head);

		assertThat(browser.get("/admin/medical-file-requests?lang=en").body()).contains("Hilde Haemers",
				"Dr Anouk Maes");
		HttpResponse<byte[]> pdf = browser
			.download("/admin/medical-file-requests/" + letter.id() + "/medical-file.pdf?lang=en");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(PdfText.of(pdf.body())).contains("Dr Anouk Maes", "Medical file of Hilde Haemers",
				"Health file " + file.reference(), HealthFileFixtures.FINDINGS, HealthFileFixtures.NOTE, "Paint shop");

		browser.post("/admin/medical-file-requests/" + letter.id() + "/sent");

		assertThat(Staff.as(() -> this.disclosures.about(file.worker()), "audit.read")).anySatisfy(disclosure -> {
			assertThat(disclosure.activity()).isEqualTo("health-surveillance");
			assertThat(disclosure.recipientType()).isEqualTo(RecipientType.ATTENDING_PHYSICIAN);
		});
	}

}
