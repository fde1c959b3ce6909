package org.tutela.register;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.RetentionAction;
import org.tutela.personaldata.DataCategory;

import static org.assertj.core.api.Assertions.assertThat;

/** The online-academy pack encodes the promises of its policy (SKI-*). */
class OnlineAcademyPackTests {

	private final PolicyPack pack = Register.shipped("online-academy");

	@Test
	void applicationsFourWeeksOrOneYearWithConsentAfterTheEndOfTheProcedure_SKI2() {
		Activity applications = this.pack.activity("job-applications").orElseThrow();
		assertThat(applications.retention()).containsExactlyInAnyOrder(
				new RetentionRule(RetentionAction.DELETE, Period.ofWeeks(4), Anchor.END_OF_APPLICATION_PROCEDURE,
						RetentionRule.Condition.WITHOUT_CONSENT),
				new RetentionRule(RetentionAction.DELETE, Period.ofYears(1), Anchor.END_OF_APPLICATION_PROCEDURE,
						RetentionRule.Condition.WITH_CONSENT));
		assertThat(applications.basis()).isEqualTo(LegalBasis.CONTRACT);
		assertThat(applications.access()).containsExactly("recruiter", "admin");
		assertThat(this.pack.activityServing("recruitment").orElseThrow().id()).isEqualTo("job-applications");
	}

	@Test
	void requestsAreAnsweredWithinFourWeeks_SKI12() {
		assertThat(this.pack.requestDeadline()).isEqualTo(new RequestDeadline(4, RequestDeadline.Unit.WEEKS));
		assertThat(this.pack.requestDeadline().from(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 3, 30));
	}

	@Test
	void complaintsGoToTheDutchAuthority_SKI13() {
		assertThat(this.pack.authorityName()).isEqualTo("Autoriteit Persoonsgegevens");
		assertThat(this.pack.authorityUrl()).isEqualTo("https://autoriteitpersoonsgegevens.nl");
		assertThat(this.pack.dpoEmail()).isNotBlank();
	}

	@Test
	void newslettersOnlyWithConsentUntilWithdrawal_SKI5_SKI10() {
		Activity newsletter = this.pack.activity("newsletter").orElseThrow();
		assertThat(newsletter.basis()).isEqualTo(LegalBasis.CONSENT);
		assertThat(newsletter.retention()).extracting(RetentionRule::anchor)
			.containsExactly(Anchor.WITHDRAWAL_OR_OBJECTION);
	}

	@Test
	void studyResultsGoToTheEmployerAndAccreditationBodiesAreIndependent_SKI4() {
		assertThat(this.pack.activity("training-delivery").orElseThrow().recipients())
			.anySatisfy(recipient -> assertThat(recipient.type()).isEqualTo(RecipientType.EMPLOYER))
			.anySatisfy(recipient -> {
				assertThat(recipient.name()).contains("Accreditation");
				assertThat(recipient.type()).isEqualTo(RecipientType.INDEPENDENT_CONTROLLER);
			});
	}

	@Test
	void theAdPlatformGetsOnlyAHashAndOnlyWithConsent_SKI8() {
		Activity audiences = this.pack.activity("advertising-audiences").orElseThrow();
		assertThat(audiences.basis()).isEqualTo(LegalBasis.CONSENT);
		assertThat(audiences.categories()).containsExactly(DataCategory.PSEUDONYM);
	}

	@Test
	void legallyKeptRecordsRefuseErasure_SKI10_SKI12() {
		assertThat(this.pack.activity("registration").orElseThrow().onErasure())
			.isEqualTo(ErasureAnswer.REFUSE_LEGAL_OBLIGATION);
	}

	@Test
	void thePolicyCarriesItsLastModifiedDate_SKI14() {
		assertThat(this.pack.modified()).isEqualTo(LocalDate.of(2026, 12, 7));
	}

	@Test
	void brochureRequestsAndQuestionsAreAnsweredUnderTheRequestedInformationActivity() {
		assertThat(this.pack.inquiries().contactOpen()).isTrue();
		assertThat(this.pack.inquiries().informationFields()).containsExactlyInAnyOrder("name", "email", "course");
		assertThat(this.pack.activityServing("inquiries").orElseThrow().id()).isEqualTo("requested-information");
	}

}
