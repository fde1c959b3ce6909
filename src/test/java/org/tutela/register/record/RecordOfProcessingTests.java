package org.tutela.register.record;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.identity.Role;
import org.tutela.register.Activity;
import org.tutela.register.PolicyPack;
import org.tutela.register.Processor;
import org.tutela.register.Register;
import org.tutela.register.notice.NoticeWording;
import org.tutela.testing.Browser;
import org.tutela.testing.HttpTest;
import org.tutela.testing.PdfText;
import org.tutela.testing.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The record of processing activities (Art. 30, MEN-9) and the overview of processors and
 * third parties (MEN-12, MEN-13, VCK-8), read from the active pack, on a page, as CSV and
 * as PDF.
 */
@HttpTest
class RecordOfProcessingTests {

	@LocalServerPort
	int port;

	@Autowired
	TestAccounts accounts;

	@Autowired
	Register register;

	@Autowired
	RecordOfProcessing record;

	@Autowired
	NoticeWording wording;

	@Autowired
	MessageSource messages;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theCsvHasAnArt30RowPerActivityWithAccessAndWhetherDataLeavesTheCountry_MEN9() throws Exception {
		PolicyPack pack = this.register.pack();
		Browser dpo = new Browser(this.port);
		dpo.signIn(this.accounts.of(Role.DPO));

		HttpResponse<byte[]> csv = dpo.download("/admin/register.csv?lang=en");

		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
		List<CSVRecord> rows = CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new StringReader(new String(csv.body(), StandardCharsets.UTF_8)))
			.getRecords();
		assertThat(rows).extracting(row -> row.get("Activity"))
			.containsExactlyElementsOf(pack.activities().stream().map(Activity::id).toList());
		CSVRecord certification = rows.stream()
			.filter(row -> row.get("Activity").equals("certification"))
			.findFirst()
			.orElseThrow();
		assertThat(certification.get("Legal basis")).contains("legal obligation", "VLAREL");
		assertThat(certification.get("Who has access")).isEqualTo("Coordinator, Administrator");
		assertThat(certification.get("Recipients")).contains("Flemish Department of Environment (Authority, BE)");
		assertThat(certification.get("Outside the country?")).isEqualTo("No, only in BE");
		assertThat(certification.get("Retention"))
			.isEqualTo("Archived with restricted access 10 years after the end of the calendar year of the session.");
		assertThat(certification.get("On an erasure request")).isEqualTo("Refused: the law requires keeping it");
	}

	@Test
	void thePageAndThePdfShowTheSameRecordInTheReadersLanguage() {
		Browser coordinator = new Browser(this.port);
		coordinator.signIn(this.accounts.of(Role.COORDINATOR));
		String purpose = this.register.pack().activities().get(0).purpose().in(Locale.forLanguageTag("nl"));

		HttpResponse<String> page = coordinator.get("/admin/register?lang=nl");
		HttpResponse<byte[]> pdf = coordinator.download("/admin/register.pdf?lang=nl");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Register van verwerkingsactiviteiten", "Wie heeft toegang", purpose,
				"/admin/register.csv", "/admin/register/third-parties");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(PdfText.of(pdf.body()).replace(" ", "")).contains("Registervanverwerkingsactiviteiten",
				purpose.replace(" ", ""), "Nee,alleeninBE");
	}

	@Test
	void dataOutsideTheControllersCountryIsNamedWithItsTransferMechanism_MEN9_CER8() {
		RecordOfProcessing inspection = of("medical-inspection");

		assertThat(inspection.rows(Locale.ENGLISH)).extracting(RecordRow::abroad)
			.isNotEmpty()
			.allSatisfy(abroad -> assertThat(abroad)
				.isEqualTo("Yes: Software support provider (US, outside the EEA under standard contractual clauses)"));
	}

	@Test
	void anActivityOnTwoConditionsOfArticle9NamesBothInTheRecordAndTheNotice_CER2() {
		String both = "employment and social security law (GDPR Art. 9(2)(b)); occupational medicine and the"
				+ " assessment of working capacity (GDPR Art. 9(2)(h))";
		assertThat(of("medical-inspection").rows(Locale.ENGLISH))
			.filteredOn(row -> row.id().equals("medical-inspection"))
			.singleElement()
			.satisfies(row -> assertThat(row.specialCondition()).isEqualTo(both));
		Activity inspection = Register.shipped("medical-inspection").activity("medical-inspection").orElseThrow();
		assertThat(this.wording.special(inspection, Locale.ENGLISH))
			.isEqualTo("Health or other special data is processed on these conditions: " + both + ".");
		Activity remarks = Register.shipped("prevention-service").activity("session-remarks").orElseThrow();
		assertThat(this.wording.special(remarks, Locale.ENGLISH)).isEqualTo(
				"Health or other special data is processed on this condition: your explicit consent (GDPR Art. 9(2)(a)).");
	}

	@Test
	void theMissingAgreementsAreListed_VCK8() {
		RecordOfProcessing network = of("quality-network");

		assertThat(network.missingAgreements(Locale.ENGLISH)).extracting(ThirdParty::name, ThirdParty::agreement)
			.containsExactly(tuple("Mailing provider", "Missing"), tuple("Web analytics provider", "Missing"),
					tuple("Co-organisers of events", "Missing"));
		assertThat(of("training-company").missingAgreements(Locale.ENGLISH)).isEmpty();
	}

	@Test
	void whereAgreementsAreKeptAsRecordsTheRecordsSayWhichAreMissing_VCK8() {
		Set<String> recorded = Set.of("Mailing provider");
		RecordOfProcessing network = new RecordOfProcessing(new Register("quality-network", ""), this.wording,
				this.messages, Optional.of(recorded::contains));

		assertThat(network.missingAgreements(Locale.ENGLISH)).extracting(ThirdParty::name)
			.as("the pack's signed ones without a record are missing, the recorded one is not")
			.doesNotContain("Mailing provider")
			.contains("Web analytics provider", "Co-organisers of events");
		assertThat(network.missingAgreements(Locale.ENGLISH)).extracting(ThirdParty::name)
			.containsAll(Register.shipped("quality-network")
				.processors()
				.stream()
				.map(Processor::name)
				.filter(name -> !recorded.contains(name))
				.toList());
	}

	private RecordOfProcessing of(String pack) {
		return new RecordOfProcessing(new Register(pack, ""), this.wording, this.messages, Optional.empty());
	}

	@Test
	void theThirdPartiesOverviewListsEveryProcessorAndRecipientAndTheMissingAgreements_MEN12_MEN13_VCK8() {
		Browser admin = new Browser(this.port);
		admin.signIn(this.accounts.of(Role.ADMIN));
		PolicyPack pack = this.register.pack();

		HttpResponse<String> page = admin.get("/admin/register/third-parties?lang=en");
		HttpResponse<byte[]> pdf = admin.download("/admin/register/third-parties.pdf?lang=en");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Processors and third parties", "Lawyer or bailiff", "Collection agent",
				pack.processors().get(0).name());
		String text = PdfText.of(pdf.body());
		assertThat(text).contains("Processors and third parties", "Lawyer or bailiff", pack.processors().get(0).name());
	}

	@Test
	void marketingCannotReadTheRegister() {
		SecurityContextHolder.getContext()
			.setAuthentication(new TestingAuthenticationToken("marketing", null, "backoffice", "people.read"));
		assertThatThrownBy(() -> this.record.rows(Locale.ENGLISH)).isInstanceOf(AuthorizationDeniedException.class);
	}

}
