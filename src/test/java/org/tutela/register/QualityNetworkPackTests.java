package org.tutela.register;

import java.time.Period;
import java.util.Locale;

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
	void mailingsStopAndGoWhenThePersonOptsOut_VCK2() {
		Activity mailings = this.pack.activity("mailings").orElseThrow();
		assertThat(mailings.basis()).isEqualTo(LegalBasis.LEGITIMATE_INTERESTS);
		assertThat(mailings.retention()).extracting(RetentionRule::anchor).contains(Anchor.WITHDRAWAL_OR_OBJECTION);
	}

	/**
	 * The policy promises that a member who would rather not be named is no longer named
	 * ("dan doen wij dat uiteraard niet"), not that what they shared is deleted: the
	 * objection stops the naming (legitimate interests, so the purpose guard refuses it),
	 * the notice says so, and it promises no deletion on objection that nothing carries
	 * out; the records named from go by the network relation's rule.
	 */
	@Test
	void matchingStopsNamingWhoOptsOutAndPromisesNoDeletionItDoesNotDo_VCK8() {
		Activity matching = this.pack.activity("expertise-matching").orElseThrow();
		assertThat(matching.basis()).isEqualTo(LegalBasis.LEGITIMATE_INTERESTS);
		assertThat(matching.retention()).extracting(RetentionRule::anchor)
			.doesNotContain(Anchor.WITHDRAWAL_OR_OBJECTION);
		assertThat(matching.retention()).isEqualTo(this.pack.activity("network-relations").orElseThrow().retention());
		assertThat(matching.purpose().in(Locale.ENGLISH)).contains("we no longer pass your name on",
				"stays in our contact records until you ask us to remove it");
		assertThat(matching.purpose().in(Locale.forLanguageTag("nl"))).contains("geven we je naam niet meer door");
		assertThat(matching.purpose().in(Locale.FRENCH)).contains("nous ne transmettons plus votre nom");
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
