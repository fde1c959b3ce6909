package org.tutela.identity.account;

import org.junit.jupiter.api.Test;
import org.tutela.identity.WeakPassword;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules for new passwords (ASVS 6.2.1, 6.2.4, 6.2.9, 6.2.11). */
class PasswordPolicyTests {

	private final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void shorterThanTwelveCharactersIsRefused_ASVS_6_2_1() {
		assertThatThrownBy(() -> this.policy.check("Xq7#pL2!vR")).isInstanceOfSatisfying(WeakPassword.class,
				ex -> org.assertj.core.api.Assertions.assertThat(ex.reason()).isEqualTo("password.tooShort"));
	}

	@Test
	void commonPasswordsAreRefused_ASVS_6_2_4() {
		for (String common : new String[] { "password1234", "qwertyuiop123", "123456789012", "iloveyou2026!" }) {
			assertThatThrownBy(() -> this.policy.check(common)).as(common)
				.isInstanceOfSatisfying(WeakPassword.class,
						ex -> org.assertj.core.api.Assertions.assertThat(ex.reason()).isEqualTo("password.tooCommon"));
		}
	}

	@Test
	void thePersonsOwnNameDoesNotMakeAStrongPassword_ASVS_6_2_11() {
		assertThatCode(() -> this.policy.check("Marleen.Vandevelde")).doesNotThrowAnyException();
		assertThatThrownBy(() -> this.policy.check("Marleen.Vandevelde", "mvandevelde", "Marleen Vandevelde"))
			.isInstanceOf(WeakPassword.class);
	}

	@Test
	void longPassphrasesOfAnyCharactersAreAccepted_ASVS_6_2_9() {
		assertThatCode(() -> this.policy.check("violet harbour lantern quietly")).doesNotThrowAnyException();
		assertThatCode(() -> this.policy.check("één koffie, twee croissants, drie fietsen ☕"))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> this.policy.check("a".repeat(129))).isInstanceOf(WeakPassword.class);
	}

}
