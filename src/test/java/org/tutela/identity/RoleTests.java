package org.tutela.identity;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What each medical role may do, and that it signs in with a second factor (MEN-25). */
class RoleTests {

	@Test
	void theHeadPhysicianNeedsASecondFactor_MEN25() {
		assertThat(Role.HEAD_PHYSICIAN.secondFactorRequired()).isTrue();
		assertThat(Role.HEAD_PHYSICIAN.isStaff()).isTrue();
	}

	@Test
	void theHeadPhysicianReadsTheMedicalFilesOfTheDepartmentAssignsItsControlsAndSendsFilesToAttendingPhysicians() {
		assertThat(Role.HEAD_PHYSICIAN.permissions()).containsExactlyInAnyOrder(Permission.BACK_OFFICE,
				Permission.READ_RELATED_PEOPLE, Permission.READ_SPECIAL_CATEGORY, Permission.READ_MEDICAL_FILES,
				Permission.ASSIGN_CONTROLS, Permission.RELEASE_MEDICAL_FILES);
		assertThat(Role.PHYSICIAN.permissions()).contains(Permission.READ_MEDICAL_FILES)
			.doesNotContain(Permission.ASSIGN_CONTROLS, Permission.RELEASE_MEDICAL_FILES);
	}

	@Test
	void onlyPhysiciansSeeTheListsOfMedicalFilesAndOnlyTheHeadAssignsControls() {
		assertThat(
				Arrays.stream(Role.values()).filter(role -> role.permissions().contains(Permission.READ_MEDICAL_FILES)))
			.containsExactlyInAnyOrder(Role.PHYSICIAN, Role.HEAD_PHYSICIAN);
		assertThat(Arrays.stream(Role.values()).filter(role -> role.permissions().contains(Permission.ASSIGN_CONTROLS)))
			.containsExactly(Role.HEAD_PHYSICIAN);
	}

	@Test
	void onlyTheClientsHrContactOrdersControls() {
		assertThat(Arrays.stream(Role.values()).filter(role -> role.permissions().contains(Permission.ORDER_CONTROLS)))
			.containsExactly(Role.CLIENT_CONTACT);
		assertThat(Role.CLIENT_CONTACT.isStaff()).isFalse();
	}

	@Test
	void aJuryMemberSignsInWithASecondFactorAndOnlyJudgesAwards_VCK5() {
		assertThat(Role.JURY_MEMBER.secondFactorRequired()).isTrue();
		assertThat(Role.JURY_MEMBER.permissions()).containsExactlyInAnyOrder(Permission.BACK_OFFICE,
				Permission.JUDGE_AWARDS);
		assertThat(Role.JURY_MEMBER.namedIn(java.util.List.of("jury-member"))).isTrue();
		assertThat(Arrays.stream(Role.values()).filter(role -> role.permissions().contains(Permission.JUDGE_AWARDS)))
			.containsExactly(Role.JURY_MEMBER);
		assertThat(Arrays.stream(Role.values()).filter(role -> role.permissions().contains(Permission.MANAGE_AWARDS)))
			.containsExactly(Role.COORDINATOR);
	}

	@Test
	void onlyThePsychosocialAdviserSeesTheListOfPsychosocialFiles_MEN11() {
		assertThat(Arrays.stream(Role.values())
			.filter(role -> role.permissions().contains(Permission.READ_PSYCHOSOCIAL_FILES)))
			.containsExactly(Role.PSYCHOSOCIAL_ADVISER);
		assertThat(Role.PSYCHOSOCIAL_ADVISER.permissions()).contains(Permission.READ_SPECIAL_CATEGORY)
			.doesNotContain(Permission.READ_MEDICAL_FILES, Permission.READ_PEOPLE);
		assertThat(Role.PSYCHOSOCIAL_ADVISER.secondFactorRequired()).isTrue();
	}

	@Test
	void onlyTheDpoKeepsAuthorityRequestsAndOnlyTheClientsContactAnswersThem_MEN22() {
		assertThat(Arrays.stream(Role.values())
			.filter(role -> role.permissions().contains(Permission.MANAGE_AUTHORITY_REQUESTS)))
			.containsExactly(Role.DPO);
		assertThat(Arrays.stream(Role.values())
			.filter(role -> role.permissions().contains(Permission.ANSWER_AUTHORITY_REQUESTS)))
			.containsExactly(Role.CLIENT_CONTACT);
	}

	@Test
	void onlyTheDataProtectionOfficerKeepsTheBreachRegister_MEN23() {
		assertThat(Arrays.stream(Role.values()).filter(role -> role.permissions().contains(Permission.MANAGE_BREACHES)))
			.containsExactly(Role.DPO);
		assertThat(Role.DPO.secondFactorRequired()).isTrue();
	}

	@Test
	void onlyTheDpoKeepsTheProcessorAgreementsAndOnlyTheClientsContactDownloadsTheOverview_MEN13() {
		assertThat(
				Arrays.stream(Role.values()).filter(role -> role.permissions().contains(Permission.MANAGE_PROCESSORS)))
			.containsExactly(Role.DPO);
		assertThat(Arrays.stream(Role.values())
			.filter(role -> role.permissions().contains(Permission.READ_PROCESSORS_OVERVIEW)))
			.containsExactly(Role.CLIENT_CONTACT);
	}

	@Test
	void financeAndTheAdministratorKeepTheInvoicesAsThePacksGiveThemTheBillingActivity() {
		assertThat(Arrays.stream(Role.values()).filter(role -> role.permissions().contains(Permission.MANAGE_BILLING)))
			.containsExactlyInAnyOrder(Role.FINANCE, Role.ADMIN);
		assertThat(Role.FINANCE.namedIn(java.util.List.of("finance", "admin"))).isTrue();
		assertThat(Role.FINANCE.secondFactorRequired()).isFalse();
	}

	@Test
	void theStaffThePacksRouteContactMessagesToAnswerThem_CES5() {
		assertThat(
				Arrays.stream(Role.values()).filter(role -> role.permissions().contains(Permission.ANSWER_INQUIRIES)))
			.containsExactlyInAnyOrder(Role.ADMIN, Role.COORDINATOR, Role.FINANCE);
		assertThat(Role.COORDINATOR.secondFactorRequired()).isFalse();
	}

	@Test
	void coordinatorsAndAdministratorsDecideMembershipApplications_CES4() {
		assertThat(
				Arrays.stream(Role.values()).filter(role -> role.permissions().contains(Permission.DECIDE_MEMBERSHIPS)))
			.containsExactlyInAnyOrder(Role.ADMIN, Role.COORDINATOR);
		assertThat(Role.COORDINATOR.permissions()).contains(Permission.MANAGE_PEOPLE);
	}

	@Test
	void onlyTheRecruiterAndTheAdministratorReadJobApplications_SKI2() {
		assertThat(Arrays.stream(Role.values()).filter(role -> role.permissions().contains(Permission.RECRUITMENT)))
			.containsExactlyInAnyOrder(Role.RECRUITER, Role.ADMIN);
		assertThat(Role.RECRUITER.permissions()).containsExactlyInAnyOrder(Permission.BACK_OFFICE,
				Permission.RECRUITMENT);
		assertThat(Role.RECRUITER.namedIn(java.util.List.of("recruiter"))).isTrue();
		assertThat(Role.COORDINATOR.permissions()).doesNotContain(Permission.RECRUITMENT);
	}

}
