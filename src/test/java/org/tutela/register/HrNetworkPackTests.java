package org.tutela.register;

import java.time.Period;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.RetentionAction;

import static org.assertj.core.api.Assertions.assertThat;

/** The hr-network pack encodes the promises of its policy (CES-*). */
class HrNetworkPackTests {

	private final PolicyPack pack = Register.shipped("hr-network");

	@Test
	void twoJointControllersWithTheirArrangement_CES1() {
		assertThat(this.pack.jointControllers()).isTrue();
		assertThat(this.pack.controllers()).hasSize(2);
		assertThat(this.pack.jointArrangement()).isNotNull();
		assertThat(this.pack.jointArrangement().in(Locale.ENGLISH)).contains("either of them");
	}

	/**
	 * CES-9's three years hold for everything but what the law makes the network keep
	 * longer: invoices, ten years from the end of their year (Belgian tax records).
	 */
	@Test
	void nothingIsKeptLongerThanThreeYearsButWhatTheLawRequires_CES9() {
		assertThat(this.pack.activities()).filteredOn(activity -> !activity.id().equals("billing"))
			.flatMap(Activity::retention)
			.allSatisfy(rule -> assertThat(rule.period().toTotalMonths()).isLessThanOrEqualTo(36));
		Activity billing = this.pack.activity("billing").orElseThrow();
		assertThat(billing.basis()).isEqualTo(LegalBasis.LEGAL_OBLIGATION);
		assertThat(billing.retention()).extracting(RetentionRule::anchor)
			.containsExactly(Anchor.END_OF_CALENDAR_YEAR_OF_INVOICE);
		assertThat(this.pack.activity("courses").orElseThrow().retention()).containsExactly(new RetentionRule(
				RetentionAction.DELETE, Period.ofYears(3), Anchor.LAST_CONTACT, RetentionRule.Condition.ALWAYS));
		assertThat(this.pack.activity("membership").orElseThrow().retention()).extracting(RetentionRule::anchor)
			.containsExactly(Anchor.END_OF_MEMBERSHIP, Anchor.REQUEST_CLOSED);
		assertThat(this.pack.activityServing("membership").orElseThrow().id()).isEqualTo("membership");
	}

	@Test
	void everyProcessingHasItsBasis_CES8() {
		assertThat(this.pack.activity("courses").orElseThrow().basis()).isEqualTo(LegalBasis.CONTRACT);
		assertThat(this.pack.activity("contact-requests").orElseThrow().basis())
			.isEqualTo(LegalBasis.LEGITIMATE_INTERESTS);
		assertThat(this.pack.activity("extranet-security").orElseThrow().basis())
			.isEqualTo(LegalBasis.LEGAL_OBLIGATION);
	}

	@Test
	void announcementsAndPreferencesStopOnObjection_CES3() {
		assertThat(this.pack.activities()).filteredOn(activity -> activity.access().contains("marketing"))
			.isNotEmpty()
			.allSatisfy(activity -> assertThat(activity.retention()).extracting(RetentionRule::anchor)
				.contains(Anchor.WITHDRAWAL_OR_OBJECTION));
	}

	@Test
	void hostingInTheEuAndEveryProcessorRecorded_CES10() {
		assertThat(this.pack.processors()).extracting(Processor::service)
			.anySatisfy(service -> assertThat(service).contains("hosting"))
			.anySatisfy(service -> assertThat(service).contains("mailings"))
			.anySatisfy(service -> assertThat(service).contains("statistics"));
		assertThat(this.pack.processors()).filteredOn(processor -> processor.service().contains("hosting"))
			.allSatisfy(processor -> assertThat(processor.transferMechanism()).isNull());
	}

	@Test
	void contactMessagesGoToTheStaffOfTheirSubjectAndLeaveThreeYearsAfterTheyWereSentAnsweredOrNot_CES5_CES9() {
		assertThat(this.pack.inquiries().subjects()).extracting(Inquiries.Subject::id, Inquiries.Subject::role)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("membership", "coordinator"),
					org.assertj.core.groups.Tuple.tuple("courses", "coordinator"),
					org.assertj.core.groups.Tuple.tuple("invoices", "finance"));
		assertThat(this.pack.inquiries().informationOpen()).isFalse();
		assertThat(this.pack.activityServing("inquiries").orElseThrow().retention()).extracting(RetentionRule::anchor)
			.containsExactly(Anchor.COLLECTION);
	}

}
