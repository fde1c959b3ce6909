package org.tutela.identity.login;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.security.core.Authentication;

/**
 * What stands between a correct password and the account's permissions. Until every step
 * is done the session holds only the authority of the next step, which opens that step's
 * page and nothing else.
 */
public enum LoginStep {

	CHANGE_PASSWORD("/login/password"), ENROL_SECOND_FACTOR("/login/second-factor/enrol"),
	SECOND_FACTOR("/login/second-factor");

	private final String page;

	LoginStep(String page) {
		this.page = page;
	}

	public String page() {
		return this.page;
	}

	public String authority() {
		return "step:" + name().toLowerCase(java.util.Locale.ROOT);
	}

	public static Optional<LoginStep> pendingIn(Authentication authentication) {
		return Arrays.stream(values())
			.filter(step -> authentication.getAuthorities()
				.stream()
				.anyMatch(a -> step.authority().equals(a.getAuthority())))
			.findFirst();
	}

}
