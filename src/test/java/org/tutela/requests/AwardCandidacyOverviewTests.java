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
import org.springframework.beans.factory.annotation.Autowired;
import org.tutela.dossiers.AwardFixtures;
import org.tutela.dossiers.QualityNetworkTest;
import org.tutela.identity.Role;
import org.tutela.people.person.PrivacyView;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.platform.pdf.PdfDocuments;
import org.tutela.register.Register;
import org.tutela.requests.fulfil.Overviews;
import org.tutela.testing.PdfText;
import org.tutela.testing.Smtp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a candidate and the network's staff learn of a candidacy without sitting on its
 * jury: the candidate's access overview says that it exists, who keeps it and for how
 * long, and holds none of its dossier; the staff privacy view shows it only to a role the
 * pack lets into the activity (VCK-5, decision 013).
 */
@QualityNetworkTest
class AwardCandidacyOverviewTests {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(Smtp.SERVER);

	@Autowired
	AwardFixtures awards;

	@Autowired
	Overviews overviews;

	@Autowired
	PdfDocuments pdfs;

	@Autowired
	Register register;

	@Autowired
	PrivacyView privacy;

	PersonId candidate;

	String summary;

	@BeforeEach
	void aCandidacy() {
		this.candidate = this.awards.candidate("Kato", "Kandidaat");
		this.summary = "Falls halved on ward " + UUID.randomUUID().toString().substring(0, 8);
		this.awards.candidacy(this.awards.award(), this.candidate, LocalDate.now(), this.summary);
	}

	@Test
	void theAccessOverviewSaysACandidacyExistsWithoutItsDossier_VCK5() {
		String overview = PdfText.of(this.pdfs.render("requests/overview-pdf",
				Map.of("overview", this.overviews.of(this.candidate), "pack", this.register.pack()), Locale.ENGLISH));

		assertThat(overview).contains("Candidacy for an award", "keeps your candidacy for an award",
				"Fewer falls on the ward");
		assertThat(overview).doesNotContain(this.summary);
	}

	@Test
	void theStaffPrivacyViewShowsTheCandidacyOnlyToAJuryMember_VCK5() {
		assertThat(candidacies(Role.COORDINATOR)).isEmpty();
		assertThat(candidacies(Role.DPO)).isEmpty();
		assertThat(candidacies(Role.ADMIN)).isEmpty();
		assertThat(candidacies(Role.JURY_MEMBER)).singleElement()
			.satisfies(record -> assertThat(record.fields()).containsKeys("title", "received_on")
				.doesNotContainKeys("summary_cipher", "document_cipher"));
	}

	private List<PersonalRecord> candidacies(Role reader) {
		return this.privacy.of(this.candidate, reader, false)
			.getOrDefault("dossiers", List.of())
			.stream()
			.filter(record -> record.table().equals("dossiers_candidacy"))
			.toList();
	}

}
