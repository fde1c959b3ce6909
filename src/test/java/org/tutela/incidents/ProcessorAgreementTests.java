package org.tutela.incidents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.tutela.incidents.ProcessorStanding.State;
import org.tutela.platform.dashboard.DashboardPanel;
import org.tutela.platform.dashboard.DashboardPanel.Panel;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.testing.MovableClock;
import org.tutela.testing.PdfText;
import org.tutela.testing.Smtp;
import org.tutela.testing.Staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The processor agreements of the quality network, whose policy still lacks an agreement
 * with two processors (VCK-8): the officer records the agreement with the CRM provider,
 * its review date passes with the clock moved and the register and the dashboard say so,
 * the overview for clients lists the processors without an agreement, the signed document
 * is kept encrypted, and bad input is refused beside its field with nothing stored.
 */
@SpringBootTest(properties = "tutela.policy.pack=quality-network")
@Import(MovableClock.Configuration.class)
@DirtiesContext
class ProcessorAgreementTests {

	private static final String CRM = "crm-provider";

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@Autowired
	ProcessorAgreements agreements;

	@Autowired
	List<DashboardPanel> panels;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void noAgreementYet() {
		forgetAgreements(this.jdbc);
	}

	@AfterEach
	void realTime() {
		this.clock.now();
	}

	@Test
	void anAgreementWhoseReviewDatePassesIsOverdueOnTheRegisterAndTheDashboard_MEN13_VCK8() {
		this.clock.at(LocalDateTime.of(2026, 12, 7, 10, 0));
		dpo(() -> this.agreements.record(CRM, agreement("2025-03-01", "2027-03-01", "BE", null, null), pdf()));

		assertThat(dpo(this.agreements::register))
			.extracting(standing -> standing.processor().name(), ProcessorStanding::state)
			.containsExactly(tuple("Mailing provider", State.MISSING), tuple("Web analytics provider", State.MISSING),
					tuple("CRM provider", State.IN_ORDER));
		assertThat(panel().lines()).extracting(DashboardPanel.Line::text)
			.containsExactly("Mailing provider", "Web analytics provider");

		this.clock.at(LocalDateTime.of(2027, 3, 1, 23, 0));
		assertThat(dpo(() -> this.agreements.open(CRM)).state()).isEqualTo(State.IN_ORDER);
		this.clock.at(LocalDateTime.of(2027, 3, 2, 9, 0));
		List<ProcessorStanding> register = dpo(this.agreements::register);
		assertThat(register).extracting(ProcessorStanding::state)
			.containsExactly(State.MISSING, State.MISSING, State.REVIEW_OVERDUE);
		assertThat(register.get(2).processor().name()).isEqualTo("CRM provider");
		Panel panel = panel();
		assertThat(panel.lines()).last().satisfies(line -> {
			assertThat(line.text()).isEqualTo("CRM provider");
			assertThat(line.detail()).isEqualTo("Review overdue");
			assertThat(line.link()).isEqualTo("/admin/processors/crm-provider");
		});
		assertThat(panel.figures()).extracting(DashboardPanel.Figure::count).containsExactly(2L, 1L);
	}

	@Test
	void theOverviewForClientsListsTheMissingAgreementsAndTheRecordedSubProcessors_MEN12_MEN13() throws IOException {
		this.clock.at(LocalDateTime.of(2026, 12, 7, 10, 0));
		dpo(() -> this.agreements.record(CRM, agreement("2025-03-01", "2027-03-01", "DE", null, null), pdf()));
		dpo(() -> this.agreements.addSubProcessor(CRM,
				new SubProcessorForm("Support desk company", "remote support", "US", "on", null, "scc", "2021-06-04")));

		byte[] overview = client(() -> this.agreements.overviewForClients(Locale.ENGLISH));
		PdfText.lookAt(overview, "processors-overview");
		String text = PdfText.of(overview);

		assertThat(text).contains("Processors and sub-processors");
		String crm = text.substring(text.indexOf("CRM provider"));
		assertThat(crm).doesNotContain("No agreement")
			.contains("Signed on March 1, 2025", "Stores the data in Germany",
					"Support desk company: remote support; processes the data in United States, stores none there; "
							+ "standard contractual clauses of June 4, 2021");
		assertThat(between(text, "Mailing provider", "Web analytics provider"))
			.contains("No agreement has been signed with this processor yet.");
		assertThat(between(text, "Web analytics provider", "CRM provider"))
			.contains("No agreement has been signed with this processor yet.", "Netherlands");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE detail = 'processors overview printed'")
			.query(Integer.class)
			.single()).isPositive();
	}

	@Test
	void theSignedAgreementIsKeptEncryptedAndEachDownloadIsAudited_MEN10() {
		byte[] document = pdfBytes();
		dpo(() -> this.agreements.record(CRM, agreement("2025-03-01", "2027-03-01", "BE", null, null),
				new AgreementDocument("agreement.pdf", document.clone())));

		String stored = this.jdbc
			.sql("SELECT document_cipher FROM incidents_processor_agreement WHERE processor_name = 'CRM provider'")
			.query(String.class)
			.single();
		// Neither the PDF nor its Base64 form ("JVBERi0" is "%PDF-") is in the column.
		assertThat(stored).doesNotContain("%PDF", "JVBERi0",
				Base64.getEncoder().encodeToString(document).substring(8, 48));
		int before = audited("processor agreement CRM provider document");
		assertThat(dpo(() -> this.agreements.document(CRM)).content()).isEqualTo(document);
		assertThat(audited("processor agreement CRM provider document")).isEqualTo(before + 1);
	}

	@Test
	void badInputIsRefusedBesideItsFieldAndNothingIsStored() {
		this.clock.at(LocalDateTime.of(2026, 12, 7, 10, 0));
		AgreementForm good = agreement("2025-03-01", "2027-03-01", "BE", null, null);
		assertRefused(good, new AgreementDocument("agreement.pdf", "PK\u0003\u0004 a zip".getBytes()), "document",
				"processor.document-not-pdf");
		assertRefused(good, new AgreementDocument("agreement.pdf", new byte[0]), "document",
				"processor.document-empty");
		byte[] large = Arrays.copyOf(pdfBytes(), 10 * 1024 * 1024 + 1);
		assertRefused(good, new AgreementDocument("agreement.pdf", large), "document", "processor.document-too-large");
		assertRefused(good, null, "document", "required");
		assertRefused(agreement("2025-03-01", "2025-02-28", "BE", null, null), pdf(), "reviewOn",
				"processor.review-before-signed");
		assertRefused(agreement("2027-03-01", "2028-03-01", "BE", null, null), pdf(), "signedOn",
				"processor.signed-in-future");
		assertRefused(agreement("2025-03-01", "2027-03-01", "US", null, null), pdf(), "safeguard",
				"processor.safeguard-needed");
		assertRefused(agreement("2025-03-01", "2027-03-01", "US", "scc", null), pdf(), "safeguardOn", "required");
		assertRefused(agreement("2025-03-01", "2027-03-01", "XX", null, null), pdf(), "storageCountry",
				"processor.country");
		assertRefused(agreement("1 March", "2027-03-01", "BE", null, null), pdf(), "signedOn", "processor.date");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM incidents_processor_agreement").query(Integer.class).single())
			.isZero();

		// Storage outside the EEA with its safeguard is this policy's to allow.
		dpo(() -> this.agreements.record(CRM, agreement("2025-03-01", "2027-03-01", "US", "scc", "2021-06-04"), pdf()));
		assertSubProcessorRefused(new SubProcessorForm("<b>Backup</b>", "backups", "DE", null, "on", null, null),
				"subName");
		assertSubProcessorRefused(new SubProcessorForm("Backup\u0000", "backups", "DE", null, "on", null, null),
				"subName");
		assertSubProcessorRefused(new SubProcessorForm("Backup", "b".repeat(201), "DE", null, "on", null, null),
				"subService");
		assertSubProcessorRefused(new SubProcessorForm("Backup", "backups", "DE", null, null, null, null),
				"subProcesses");
		assertSubProcessorRefused(new SubProcessorForm("Backup", "backups", "CA", null, "on", null, null),
				"subSafeguard");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM incidents_sub_processor").query(Integer.class).single())
			.isZero();
	}

	private void assertRefused(AgreementForm form, AgreementDocument document, String field, String code) {
		assertThatExceptionOfType(InvalidInput.class).as(field + " " + code)
			.isThrownBy(() -> dpo(() -> this.agreements.record(CRM, form, document)))
			.satisfies(refused -> assertThat(refused.errors()).contains(new FieldError(field, code)));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM incidents_processor_agreement").query(Integer.class).single())
			.isZero();
	}

	private void assertSubProcessorRefused(SubProcessorForm form, String field) {
		assertThatExceptionOfType(InvalidInput.class).as(field)
			.isThrownBy(() -> dpo(() -> this.agreements.addSubProcessor(CRM, form)))
			.satisfies(refused -> assertThat(refused.errors()).extracting(FieldError::field).contains(field));
	}

	private int audited(String detail) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE detail = :detail")
			.param("detail", detail)
			.query(Integer.class)
			.single();
	}

	private Panel panel() {
		return dpo(() -> this.panels.stream()
			.map(each -> each.panel(Locale.ENGLISH))
			.flatMap(Optional::stream)
			.filter(each -> each.title().equals("Processor agreements"))
			.findFirst()
			.orElseThrow());
	}

	private static String between(String text, String from, String to) {
		int start = text.indexOf(from);
		return text.substring(start, text.indexOf(to, start));
	}

	/** No agreement recorded: each test starts from the pack alone. */
	static void forgetAgreements(JdbcClient jdbc) {
		jdbc.sql("DELETE FROM incidents_sub_processor").update();
		jdbc.sql("DELETE FROM incidents_processor_agreement").update();
	}

	static AgreementForm agreement(String signed, String review, String storage, String safeguard, String safeguardOn) {
		return new AgreementForm(signed, review, storage, safeguard, safeguardOn);
	}

	static AgreementDocument pdf() {
		return new AgreementDocument("agreement.pdf", pdfBytes());
	}

	static byte[] pdfBytes() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.addPage(new PDPage());
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException failed) {
			throw new UncheckedIOException(failed);
		}
	}

	static <T> T dpo(Supplier<T> work) {
		return Staff.as(work, "backoffice", "processors.manage");
	}

	private static <T> T client(Supplier<T> work) {
		return Staff.as(work, "portal", "processors.overview");
	}

}
