package org.tutela.dossiers;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tutela.disclosures.Disclosures;
import org.tutela.dossiers.surveillance.HealthFile;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.AccountId;
import org.tutela.identity.Role;
import org.tutela.people.Organisation;
import org.tutela.register.RecipientType;
import org.tutela.testing.Browser;
import org.tutela.testing.PdfText;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client's health files to its new external prevention service (MEN-20), over real
 * HTTP: on the director's letter, a head physician receives one OpenPGP package that
 * opens with the receiving service's key (or the agreed passphrase) and holds exactly the
 * client's workers' files, every section, as JSON and PDF; each worker's file is a
 * disclosure to the new service. Without the letter nothing goes and nothing is recorded.
 */
@PreventionServiceTest
class FileTransferTests {

	private static final byte[] LETTER = "%PDF-1.4 letter of the director".getBytes(StandardCharsets.US_ASCII);

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@LocalServerPort
	int port;

	@Autowired
	HealthFileFixtures health;

	@Autowired
	TrainingFixtures training;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Disclosures disclosures;

	@Autowired
	JdbcClient jdbc;

	Organisation leaving;

	List<HealthFile> theirs;

	HealthFile another;

	Browser head;

	@BeforeEach
	void twoClientsFiles() {
		AccountId physician = AccountId.random();
		this.leaving = this.training.client("hr+" + System.nanoTime() + "@example.org");
		this.theirs = List.of(this.health.file(null, physician, this.leaving),
				this.health.file(null, physician, this.leaving));
		this.another = this.health.file(null, physician,
				this.training.client("hr+" + System.nanoTime() + "@example.org"));
		this.head = new Browser(this.port);
		this.head.signIn(this.accounts.fresh(Role.HEAD_PHYSICIAN));
	}

	@Test
	void thePackageOpensWithTheReceivingKeyAndHoldsExactlyTheClientsWorkersFiles_MEN20() throws Exception {
		ReceivingService receiving = new ReceivingService();
		assertThat(this.head.get("/admin/file-transfers?lang=en").body()).contains(this.leaving.name());

		HttpResponse<byte[]> made = transfer("publicKey", receiving.armouredPublicKey());

		assertThat(made.statusCode()).as(new String(made.body(), StandardCharsets.UTF_8)).isEqualTo(200);
		assertThat(made.headers().firstValue("Content-Disposition").orElse("")).contains(".zip.gpg");
		Map<String, byte[]> entries = receiving.open(made.body());

		String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
		assertThat(manifest)
			.contains("tutela-transfer/1", this.leaving.name(), "Next Prevention VZW", "Dr Nele Claes",
					this.theirs.get(0).reference(), this.theirs.get(1).reference())
			.doesNotContain(this.another.reference());
		assertThat(entries.keySet()).containsExactlyInAnyOrder("manifest.json",
				"files/health-file-" + this.theirs.get(0).reference() + ".json",
				"files/health-file-" + this.theirs.get(0).reference() + ".pdf",
				"files/health-file-" + this.theirs.get(1).reference() + ".json",
				"files/health-file-" + this.theirs.get(1).reference() + ".pdf");
		String json = new String(entries.get("files/health-file-" + this.theirs.get(0).reference() + ".json"),
				StandardCharsets.UTF_8);
		assertThat(json).contains(HealthFileFixtures.FINDINGS, HealthFileFixtures.NOTE, "Hearing protection");
		assertThat(PdfText.of(entries.get("files/health-file-" + this.theirs.get(1).reference() + ".pdf")))
			.contains("Hilde Haemers", HealthFileFixtures.FINDINGS, HealthFileFixtures.NOTE, "Paint shop");

		String reference = manifest.replaceAll("(?s).*\"reference\" : \"(TR-[0-9A-F]+)\".*", "$1");
		assertThat(Staff.as(() -> this.disclosures.about(this.theirs.get(0).worker()), "audit.read"))
			.anySatisfy(disclosure -> {
				assertThat(disclosure.recipientType()).isEqualTo(RecipientType.INDEPENDENT_CONTROLLER);
				assertThat(disclosure.reference()).isEqualTo("transfer " + reference);
			});
		assertThat(Staff.as(() -> this.disclosures.about(this.another.worker()), "audit.read"))
			.noneMatch(disclosure -> disclosure.reference() != null && disclosure.reference().startsWith("transfer"));
		assertThat(this.head.get("/admin/file-transfers?lang=en").body()).contains("Next Prevention VZW",
				"Asked by Dr Nele Claes", "2 files of 2 workers", "encrypted to their public key");
	}

	@Test
	void aPassphraseAgreedWithTheServiceOpensItToo_MEN20() throws Exception {
		this.head.get("/admin/file-transfers");
		HttpResponse<byte[]> made = transfer("passphrase", "correct horse battery staple");

		Map<String, byte[]> entries = ReceivingService.open(made.body(), "correct horse battery staple");
		assertThat(entries).containsKey("files/health-file-" + this.theirs.get(0).reference() + ".json");
	}

	@Test
	void withoutTheLetterOrAKeyNothingGoesAndEachRuleIsNamedBesideItsField() {
		int before = transfers();
		this.head.get("/admin/file-transfers");
		String form = "_csrf=" + this.head.csrfToken() + "&organisation=" + this.leaving.id()
				+ "&receivingService=Next+Prevention+VZW&director=Dr+Nele+Claes&letterDate=" + LocalDate.now()
				+ "&passphrase=short";
		HttpResponse<String> refused = this.head.postRaw("/admin/file-transfers?lang=en", form);

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"letter-error\"", "no file goes without it", "id=\"passphrase-error\"",
				"at least 16 characters");
		assertThat(transfers()).isEqualTo(before);
	}

	@Test
	void aPhysicianWhoHeadsNothingCannotTransfer() {
		Browser physician = new Browser(this.port);
		physician.signIn(this.accounts.fresh(Role.PHYSICIAN));
		assertThat(physician.get("/admin/file-transfers").statusCode()).isEqualTo(403);
	}

	private HttpResponse<byte[]> transfer(String sealField, String seal) {
		this.head.get("/admin/file-transfers");
		return this.head.postFile("/admin/file-transfers?lang=en", "letter", "letter.pdf", "application/pdf", LETTER,
				"organisation", this.leaving.id().toString(), "receivingService", "Next Prevention VZW", "director",
				"Dr Nele Claes", "letterDate", LocalDate.now().minusDays(2).toString(), sealField, seal);
	}

	private int transfers() {
		return this.jdbc.sql("SELECT COUNT(*) FROM dossiers_transfer").query(Integer.class).single();
	}

}
