package org.tutela.register;

import java.time.Period;

import org.junit.jupiter.api.Test;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.DataCategory;

import static org.assertj.core.api.Assertions.assertThat;

/** The quality-network pack encodes the promises of its policy (VCK-*). */
class QualityNetworkPackTests {

	private final PolicyPack pack = Register.shipped("quality-network");

	@Test
	void someProcessorsStillLackAnAgreement_VCK8() {
		assertThat(this.pack.processors()).filteredOn(processor -> !processor.agreementSigned())
			.extracting(Processor::name)
			.containsExactlyInAnyOrder("Mailing provider", "Web analytics provider");
		assertThat(this.pack.activities()).flatMap(Activity::recipients)
			.filteredOn(recipient -> recipient.agreement() == Agreement.MISSING)
			.extracting(Recipient::name)
			.containsExactly("Co-organisers of events");
	}

	@Test
	void awardAndProjectDossiersFiveYears_VCK5() {
		assertThat(this.pack.activity("awards-and-projects").orElseThrow().retention())
			.extracting(RetentionRule::period)
			.containsExactly(Period.ofYears(5));
	}

	@Test
	void onlyProfessionalDataNoSpecialCategories_VCK1() {
		assertThat(this.pack.activities()).flatMap(Activity::categories)
			.doesNotContain(DataCategory.SPECIAL, DataCategory.IDENTIFIER);
	}

	@Test
	void mailingsAndMatchingStopWhenThePersonOptsOut_VCK2_VCK8() {
		for (String id : new String[] { "mailings", "expertise-matching" }) {
			Activity activity = this.pack.activity(id).orElseThrow();
			assertThat(activity.basis()).isEqualTo(LegalBasis.LEGITIMATE_INTERESTS);
			assertThat(activity.retention()).extracting(RetentionRule::anchor).contains(Anchor.WITHDRAWAL_OR_OBJECTION);
		}
	}

	@Test
	void noDataOfMinors_VCK11() {
		assertThat(this.pack.refusesMinors()).isTrue();
		assertThat(Register.shipped("training-company").refusesMinors()).isFalse();
	}

	@Test
	void theNetworksRecordsServeItsRelationsAndItsListsGoOnlyToTheOtherMembers_VCK1_VCK8() {
		assertThat(this.pack.purposes().get("network")).containsExactly("network-relations", "expertise-matching");
		assertThat(this.pack.activity("expertise-matching").orElseThrow().recipients()).extracting(Recipient::name)
			.contains("Other members of the network");
		// Registrations for the network's events are the activities attended; their form
		// asks no birth date.
		assertThat(this.pack.training().registration()).isEqualTo("network-relations");
		assertThat(this.pack.activity("network-relations").orElseThrow().categories())
			.doesNotContain(DataCategory.DEMOGRAPHIC);
	}

	@Test
	void monthlyLoginsOfMembers_VCK10() {
		assertThat(this.pack.activity("members-area").orElseThrow().categories()).contains(DataCategory.CONNECTION);
	}

	/**
	 * The network's members apply as organisations, with only professionally relevant
	 * data, on a contract; their records go by the end of the membership, a refused
	 * application sooner.
	 */
	@Test
	void membershipApplicationsKeepOnlyProfessionalDataUntilTheEndOfMembership_VCK1() {
		Activity membership = this.pack.activityServing("membership").orElseThrow();
		assertThat(membership.basis()).isEqualTo(LegalBasis.CONTRACT);
		assertThat(membership.categories()).containsExactlyInAnyOrder(DataCategory.IDENTITY, DataCategory.CONTACT,
				DataCategory.PROFESSIONAL, DataCategory.COMPANY);
		assertThat(membership.retention()).extracting(RetentionRule::anchor, RetentionRule::period)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(Anchor.END_OF_MEMBERSHIP, Period.ofYears(3)),
					org.assertj.core.groups.Tuple.tuple(Anchor.REQUEST_CLOSED, Period.ofYears(1)));
	}

	@Test
	void documentsMadeBeforeAnErasureRequestStay_VCK12() {
		assertThat(this.pack.activity("services").orElseThrow().onErasure())
			.isEqualTo(ErasureAnswer.REFUSE_LEGAL_OBLIGATION);
	}

}
