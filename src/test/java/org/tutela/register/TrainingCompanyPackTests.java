package org.tutela.register;

import org.junit.jupiter.api.Test;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.RetentionAction;

import static org.assertj.core.api.Assertions.assertThat;

/** The training-company pack encodes the promises of its policy (MEZ-*). */
class TrainingCompanyPackTests {

	private final PolicyPack pack = Register.shipped("training-company");

	@Test
	void requestsAreAnsweredWithin30Days_MEZ10_MEZ11() {
		assertThat(this.pack.requestDeadline()).hasToString("30 days");
	}

	@Test
	void certifiedCourseDataGoesOnlyToTheAuthoritiesByLaw_MEZ4() {
		Activity certification = this.pack.activity("certification").orElseThrow();
		assertThat(certification.basis()).isEqualTo(LegalBasis.LEGAL_OBLIGATION);
		assertThat(certification.categories()).contains(org.tutela.personaldata.DataCategory.IDENTIFIER);
		assertThat(certification.recipients()).isNotEmpty()
			.allSatisfy(recipient -> assertThat(recipient.type()).isEqualTo(RecipientType.AUTHORITY));
	}

	@Test
	void unpaidInvoicesGoToACollectionAgent_MEZ5() {
		assertThat(this.pack.activity("billing").orElseThrow().recipients())
			.anySatisfy(recipient -> assertThat(recipient.type()).isEqualTo(RecipientType.COLLECTION_AGENT));
		assertThat(this.pack.billing().reminderDays()).containsExactly(14, 30);
		assertThat(this.pack.billing().handOverDays()).isEqualTo(14);
	}

	@Test
	void marketingRestsOnConsentAndEndsAtObjection_MEZ2_MEZ9() {
		Activity marketing = this.pack.activity("marketing").orElseThrow();
		assertThat(marketing.basis()).isEqualTo(LegalBasis.CONSENT);
		assertThat(marketing.retention()).extracting(RetentionRule::anchor).contains(Anchor.WITHDRAWAL_OR_OBJECTION);
	}

	@Test
	void erasureArchivesCourseRecordsAndAnonymisesAfterRetention_MEZ8_MEZ13() {
		Activity training = this.pack.activity("training-administration").orElseThrow();
		assertThat(training.onErasure()).isEqualTo(ErasureAnswer.ARCHIVE);
		assertThat(training.retention()).extracting(RetentionRule::action).containsOnly(RetentionAction.ANONYMISE);
		assertThat(this.pack.activity("certification").orElseThrow().retention()).extracting(RetentionRule::action)
			.containsOnly(RetentionAction.ARCHIVE);
	}

	@Test
	void nothingIsProcessedOutsideTheEea() {
		assertThat(this.pack.processors()).allSatisfy(processor -> assertThat(processor.transferMechanism()).isNull());
	}

	@Test
	void anInformationRequestAsksOnlyNameEmailAndCourseAndIsDeletedAYearAfterItArrived_MEZ1() {
		assertThat(this.pack.inquiries().informationFields()).containsExactlyInAnyOrder("name", "email", "course");
		assertThat(this.pack.activityServing("inquiries").orElseThrow().id()).isEqualTo("information-requests");
		assertThat(this.pack.activityServing("inquiries").orElseThrow().retention()).singleElement()
			.hasToString("delete 1 year after collection");
	}

}
