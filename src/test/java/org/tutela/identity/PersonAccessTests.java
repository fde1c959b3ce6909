package org.tutela.identity;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.identity.account.Account;
import org.tutela.identity.login.SignIn;
import org.tutela.personaldata.PersonId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Need to know in the service layer (MEN-11). The relation stands in for the one the
 * enrolment and dossier modules contribute: here a trainer teaches a session that
 * {@code participant} attends, and a physician holds the dossier of {@code patient}.
 */
class PersonAccessTests {

	private final PersonId participant = PersonId.random();

	private final PersonId patient = PersonId.random();

	private final PersonId stranger = PersonId.random();

	private final Account trainer = account(Role.TRAINER);

	private final Account physician = account(Role.PHYSICIAN);

	private final PersonAccess access = new PersonAccess(
			List.of((staff, person) -> staff.equals(this.trainer.id()) && person.equals(this.participant),
					(staff, person) -> staff.equals(this.physician.id()) && person.equals(this.patient)));

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aTrainerOpensTheParticipantsOfTheirSessionsAndNobodyElse_MEN11_ASVS_8_2_2() {
		signIn(this.trainer);
		assertThatCode(() -> this.access.checkMayOpen(this.participant)).doesNotThrowAnyException();
		assertThatThrownBy(() -> this.access.checkMayOpen(this.stranger)).isInstanceOf(AccessDeniedException.class);
		assertThat(this.access.mayReadSpecialCategory(this.participant)).isFalse();
	}

	@Test
	void marketingOpensOrdinaryDataButNeverSpecialCategoryData_MEN11() {
		signIn(account(Role.MARKETING));
		assertThat(this.access.mayOpen(this.stranger)).isTrue();
		for (PersonId person : new PersonId[] { this.participant, this.patient, this.stranger }) {
			assertThatThrownBy(() -> this.access.checkMayReadSpecialCategory(person))
				.isInstanceOf(AccessDeniedException.class);
		}
	}

	@Test
	void aPhysicianReadsSpecialCategoryDataOfTheirOwnDossiersOnly_MEN11() {
		signIn(this.physician);
		assertThat(this.access.mayReadSpecialCategory(this.patient)).isTrue();
		assertThat(this.access.mayReadSpecialCategory(this.participant)).isFalse();
		assertThat(this.access.mayOpen(this.stranger)).isFalse();
	}

	@Test
	void aSessionThatStillOwesItsSecondFactorOpensNobody_ASVS_6_3_3() {
		Account admin = account(Role.ADMIN);
		SecurityContextHolder.getContext().setAuthentication(SignIn.of(admin, false));
		assertThat(this.access.mayOpen(this.stranger)).isFalse();
		signIn(admin);
		assertThat(this.access.mayOpen(this.stranger)).isTrue();
	}

	@Test
	void nobodyButTheMedicalAndPsychosocialRolesHoldsSpecialCategoryAccess() {
		for (Role role : Role.values()) {
			boolean expected = role == Role.PHYSICIAN || role == Role.HEAD_PHYSICIAN
					|| role == Role.PSYCHOSOCIAL_ADVISER;
			assertThat(role.permissions().contains(Permission.READ_SPECIAL_CATEGORY)).as(role.name())
				.isEqualTo(expected);
		}
	}

	private static Account account(Role role) {
		return new Account(AccountId.random(), role.name().toLowerCase(), role.name(), null, role, "{noop}x", false,
				role.secondFactorRequired() ? "SECRET" : null, 0, null, true);
	}

	private static void signIn(Account account) {
		SecurityContextHolder.getContext().setAuthentication(SignIn.of(account, true));
	}

}
