package org.tutela.register;

import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.RetentionAction;
import org.tutela.personaldata.DataCategory;

import static org.assertj.core.api.Assertions.assertThat;

/** The prevention-service pack encodes the promises of its policy (MEN-*). */
class PreventionServicePackTests {

	private final PolicyPack pack = Register.shipped("prevention-service");

	@Test
	void trainingsAreKeptTenYearsAfterTheEndOfTheYear_MEN4() {
		assertThat(this.pack.activity("trainings").orElseThrow().retention())
			.containsExactly(new RetentionRule(RetentionAction.ANONYMISE, Period.ofYears(10),
					Anchor.END_OF_CALENDAR_YEAR_OF_SESSION, RetentionRule.Condition.ALWAYS));
	}

	@Test
	void groupReportsNeedAtLeastTen_MEN8() {
		assertThat(this.pack.reportThreshold()).isEqualTo(10);
	}

	@Test
	void healthDataRestsOnEmploymentLawAndOccupationalMedicineAndIsSeenOnlyByPhysicians_MEN5_MEN11() {
		Activity health = this.pack.activity("health-surveillance").orElseThrow();
		assertThat(health.categories()).contains(DataCategory.SPECIAL);
		assertThat(health.specialConditions()).containsExactly(SpecialCondition.EMPLOYMENT,
				SpecialCondition.OCCUPATIONAL_MEDICINE);
		assertThat(health.access()).containsExactly("physician", "head-physician");
		assertThat(this.pack.activity("psychosocial-interventions").orElseThrow().access())
			.containsExactly("psychosocial-adviser");
	}

	@Test
	void psychosocialFilesAreTheAdvisersActivity_MEN18() {
		assertThat(this.pack.keeps("psychosocial-interventions")).isTrue();
		assertThat(this.pack.activitiesServing("psychosocial-interventions")).extracting(Activity::id)
			.containsExactly("psychosocial-interventions");
		// Book I, title 3, art. 34: a client's cases go to its new service's adviser.
		assertThat(this.pack.activity("psychosocial-interventions").orElseThrow().recipients())
			.extracting(recipient -> recipient.type())
			.containsExactly(RecipientType.INDEPENDENT_CONTROLLER);
	}

	@Test
	void healthFilesAreTheHealthSurveillanceAndTheEmployerReceivesTheForm_MEN5() {
		assertThat(this.pack.activitiesServing("health-surveillance")).extracting(Activity::id)
			.containsExactly("health-surveillance");
		assertThat(this.pack.activity("health-surveillance").orElseThrow().recipients())
			.extracting(recipient -> recipient.type())
			.contains(RecipientType.EMPLOYER, RecipientType.ATTENDING_PHYSICIAN);
	}

	@Test
	void absenteeismControlIsLeftToTheSisterInspectionService() {
		assertThat(this.pack.keeps("absenteeism-control")).isFalse();
		assertThat(this.pack.activitiesServing("absenteeism-control")).isEmpty();
	}

	@Test
	void medicalFilesFortyYearsPsychosocialFilesTwenty_MEN24() {
		assertThat(this.pack.activity("health-surveillance").orElseThrow().retention())
			.extracting(RetentionRule::period)
			.containsExactly(Period.ofYears(40));
		assertThat(this.pack.activity("psychosocial-interventions").orElseThrow().retention())
			.extracting(RetentionRule::period)
			.containsExactly(Period.ofYears(20));
	}

	@Test
	void clientContactsMayObjectToInformationAndEmployeesAreNotTargeted_MEN7() {
		Activity information = this.pack.activity("client-information").orElseThrow();
		assertThat(information.basis()).isEqualTo(LegalBasis.LEGITIMATE_INTERESTS);
		assertThat(information.subjects()).containsExactly("client-contact");
		assertThat(information.retention()).extracting(RetentionRule::anchor)
			.contains(Anchor.WITHDRAWAL_OR_OBJECTION, Anchor.END_OF_CLIENT_CONTRACT);
	}

	@Test
	void participantsAreOfferedTrainingsOnlyWithTheirConsent_MEN7() {
		assertThat(this.pack.activities()).filteredOn(activity -> activity.access().contains("marketing"))
			.allSatisfy(activity -> assertThat(
					activity.basis() == LegalBasis.CONSENT || activity.subjects().equals(List.of("client-contact")))
				.isTrue());
		assertThat(this.pack.activity("participant-offers").orElseThrow().basis()).isEqualTo(LegalBasis.CONSENT);
	}

	@Test
	void clocksForBreachesAndAuthorityRequests_MEN22_MEN23() {
		assertThat(this.pack.clocks()).isEqualTo(new PolicyPack.Clocks(72, 48, 3, 72));
	}

	@Test
	void dataStaysInBelgium_MEN14() {
		assertThat(this.pack.processors()).isNotEmpty()
			.allSatisfy(processor -> assertThat(processor.country()).isEqualTo("BE"));
		assertThat(this.pack.activities()).flatMap(Activity::recipients)
			.allSatisfy(recipient -> assertThat(recipient.country()).isEqualTo("BE"));
	}

	@Test
	void legallyKeptFilesRefuseErasure_MEN16() {
		assertThat(this.pack.activity("health-surveillance").orElseThrow().onErasure())
			.isEqualTo(ErasureAnswer.REFUSE_LEGAL_OBLIGATION);
		assertThat(this.pack.requestDeadline()).isEqualTo(new RequestDeadline(1, RequestDeadline.Unit.MONTHS));
	}

}
