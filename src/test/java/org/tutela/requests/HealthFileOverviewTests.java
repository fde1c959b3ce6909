package org.tutela.requests;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.tutela.dossiers.HealthFileFixtures;
import org.tutela.dossiers.PreventionServiceTest;
import org.tutela.dossiers.surveillance.HealthFile;
import org.tutela.enrolment.TrainingFixtures;
import org.tutela.identity.AccountId;
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
 * What a worker and the service's staff learn of a health file without being entrusted
 * with it: the worker's access overview says that a medical file exists, who keeps it,
 * how long and how to obtain it through a physician, and holds none of its content
 * (MEN-17, decision 013); the staff privacy view shows it only to a role the pack lets
 * into health surveillance (MEN-11).
 */
@PreventionServiceTest
class HealthFileOverviewTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@Autowired
	HealthFileFixtures health;

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

	HealthFile file;

	@BeforeEach
	void aFileWithAnExaminationAndANote() {
		this.file = this.health.file(null, AccountId.random(),
				this.training.client("hr+" + System.nanoTime() + "@example.org"));
	}

	@Test
	void theAccessOverviewSaysAMedicalFileExistsWithoutItsContent_MEN17() {
		String overview = PdfText.of(this.pdfs.render("requests/overview-pdf",
				Map.of("overview", this.overviews.of(this.file.worker()), "pack", this.register.pack()),
				Locale.ENGLISH));

		assertThat(overview).contains("Health file (occupational health surveillance)",
				"Example Prevention Service VZW keeps a medical file about you", "registered letter",
				"Deleted 40 years after our last contact with you");
		assertThat(overview).doesNotContain(HealthFileFixtures.FINDINGS, HealthFileFixtures.NOTE, "Hearing protection",
				"Paint shop");
	}

	@Test
	void theStaffPrivacyViewShowsTheFileOnlyToARoleThePackLetsIn_MEN11() {
		assertThat(files(null)).isEmpty();
		assertThat(files(Role.COORDINATOR)).isEmpty();
		assertThat(files(Role.DPO)).isEmpty();
		assertThat(files(Role.PSYCHOSOCIAL_ADVISER)).isEmpty();
		assertThat(files(Role.PHYSICIAN)).singleElement()
			.satisfies(record -> assertThat(record.fields()).containsKeys("organisation_id", "last_contact_on")
				.doesNotContainKeys("history_cipher"));
	}

	private List<PersonalRecord> files(Role reader) {
		return this.privacy.of(this.file.worker(), reader, false)
			.getOrDefault("dossiers", List.of())
			.stream()
			.filter(record -> record.table().equals("dossiers_health_file"))
			.toList();
	}

}
