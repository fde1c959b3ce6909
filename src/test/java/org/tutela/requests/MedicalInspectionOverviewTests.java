package org.tutela.requests;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tutela.dossiers.MedicalInspectionTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.tutela.dossiers.Conclusion;
import org.tutela.dossiers.ControlFixtures;
import org.tutela.dossiers.ControlSummary;
import org.tutela.dossiers.Finding;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.Role;
import org.tutela.people.person.PrivacyView;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.platform.pdf.PdfDocuments;
import org.tutela.register.Register;
import org.tutela.requests.fulfil.Overviews;
import org.tutela.testing.PdfText;
import org.tutela.testing.Smtp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a worker and the service's staff learn of a medical-inspection file without being
 * entrusted with it: the worker's access overview says that the file exists, which
 * service keeps it, how long, and how to obtain it through the attending physician, and
 * holds none of its content (MEN-17, CER-9); the staff privacy view shows it only to a
 * role the pack lets into the activity (MEN-11).
 */
@MedicalInspectionTest
class MedicalInspectionOverviewTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@Autowired
	ControlFixtures controls;

	@Autowired
	TrainingFixtures training;

	@Autowired
	Overviews overviews;

	@Autowired
	PdfDocuments pdfs;

	@Autowired
	Register register;

	@Autowired
	PrivacyView privacy;

	ControlSummary control;

	@BeforeEach
	void anExaminedControl() {
		this.control = this.controls.ordered(this.training.client("hr+" + UUID.randomUUID() + "@example.org"));
		this.controls.examined(this.control, new Finding(LocalDate.now(), Conclusion.NOT_JUSTIFIED, null,
				LocalDate.now().plusDays(1), ControlFixtures.FINDINGS));
	}

	@Test
	void theAccessOverviewSaysAMedicalFileExistsWithoutItsContent_MEN17_CER9() {
		String overview = PdfText.of(this.pdfs.render("requests/overview-pdf",
				Map.of("overview", this.overviews.of(this.control.worker()), "pack", this.register.pack()),
				Locale.ENGLISH));

		assertThat(overview).contains("Absenteeism control (medical inspection file)",
				"Example Medical Inspection VZW keeps a medical file about you", "registered letter",
				"copy of your identity card", "attending physician", "Deleted 5 years after the incident",
				"Medical examinations of incapacity for work");
		assertThat(overview).doesNotContain(ControlFixtures.DOCTOR, ControlFixtures.FINDINGS, "Accident at work",
				"WORK_ACCIDENT", "Kerkstraat", "P-4711", "not justified");
	}

	@Test
	void theStaffPrivacyViewShowsTheFileOnlyToARoleThePackLetsIn_MEN11() {
		assertThat(files(null)).isEmpty();
		assertThat(files(Role.COORDINATOR)).isEmpty();
		assertThat(files(Role.DPO)).isEmpty();
		assertThat(files(Role.PSYCHOSOCIAL_ADVISER)).isEmpty();
		assertThat(files(Role.PHYSICIAN)).singleElement()
			.satisfies(record -> assertThat(record.fields()).containsKeys("organisation_id", "status")
				.doesNotContainKeys("incapacity_cipher", "findings_cipher"));
	}

	private List<PersonalRecord> files(Role reader) {
		return this.privacy.of(this.control.worker(), reader, false)
			.getOrDefault("dossiers", List.of())
			.stream()
			.filter(record -> record.table().equals("dossiers_control"))
			.toList();
	}

}
