package org.tutela.register;

import java.time.Period;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.RetentionAction;
import org.tutela.personaldata.DataCategory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The medical-inspection pack encodes the promises of its policy (CER-*). */
class MedicalInspectionPackTests {

	private static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR",
			"HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

	private final PolicyPack pack = Register.shipped("medical-inspection");

	@Test
	void groupReportsNeedAtLeastTwenty_CER7() {
		assertThat(this.pack.reportThreshold()).isEqualTo(20);
	}

	@Test
	void theProcessorOutsideTheEuWorksUnderStandardContractualClauses_CER8() {
		assertThat(this.pack.processors()).filteredOn(processor -> !EU.contains(processor.country()))
			.isNotEmpty()
			.allSatisfy(processor -> {
				assertThat(processor.transferMechanism()).isEqualTo("scc");
				assertThat(processor.agreementSigned()).isTrue();
			});
	}

	@Test
	void storageStaysInTheEu_CER8() {
		assertThat(this.pack.processors()).filteredOn(processor -> processor.service().contains("hosting"))
			.isNotEmpty()
			.allSatisfy(processor -> assertThat(EU).contains(processor.country()));
		assertThat(this.pack.activities()).flatMap(Activity::recipients)
			.allSatisfy(recipient -> assertThat(EU).contains(recipient.country()));
	}

	@Test
	void examinationsOnContractAbsenteeismOnTheClientsInterest_CER2() {
		assertThat(this.pack.activity("medical-inspection").orElseThrow().basis()).isEqualTo(LegalBasis.CONTRACT);
		assertThat(this.pack.activity("absenteeism-policy").orElseThrow().basis())
			.isEqualTo(LegalBasis.LEGITIMATE_INTERESTS);
	}

	@Test
	void healthDataOnlyForPhysiciansAndTheEmployerNeverSeesTheFile_CER1_CER4() {
		Activity inspection = this.pack.activity("medical-inspection").orElseThrow();
		assertThat(inspection.categories()).contains(DataCategory.SPECIAL, DataCategory.IDENTIFIER);
		assertThat(inspection.access()).containsExactly("physician", "head-physician");
		assertThat(this.pack.activities()).filteredOn(activity -> activity.categories().contains(DataCategory.SPECIAL))
			.allSatisfy(activity -> assertThat(activity.access()).isSubsetOf("physician", "head-physician"));
	}

	@Test
	void healthDataRestsOnEmploymentLawAndTheAssessmentOfWorkingCapacity_CER2() {
		assertThat(this.pack.activity("medical-inspection").orElseThrow().specialConditions())
			.containsExactly(SpecialCondition.EMPLOYMENT, SpecialCondition.OCCUPATIONAL_MEDICINE);
	}

	@Test
	void theAbsenteeismControlsAreTheMedicalInspection_CER4() {
		assertThat(this.pack.keeps("absenteeism-control")).isTrue();
		assertThat(this.pack.keeps("psychosocial-interventions")).as("the sister prevention service's work").isFalse();
		assertThat(this.pack.activitiesServing("absenteeism-control")).extracting(Activity::id)
			.containsExactly("medical-inspection");
	}

	@Test
	void keptFiveYearsAfterTheIncident_CER13() {
		assertThat(this.pack.activity("medical-inspection").orElseThrow().retention())
			.containsExactly(new RetentionRule(RetentionAction.DELETE, Period.ofYears(5), Anchor.INCIDENT_DATE,
					RetentionRule.Condition.ALWAYS));
	}

	@Test
	void trainingsTenYearsAfterTheEndOfTheYear_CER3() {
		assertThat(this.pack.activity("trainings").orElseThrow().retention())
			.extracting(RetentionRule::period, RetentionRule::anchor)
			.containsExactly(tuple(Period.ofYears(10), Anchor.END_OF_CALENDAR_YEAR_OF_SESSION));
	}

	@Test
	void marketingOnlyToClientContacts_CER6() {
		assertThat(this.pack.activity("client-information").orElseThrow().subjects()).containsExactly("client-contact");
	}

}
