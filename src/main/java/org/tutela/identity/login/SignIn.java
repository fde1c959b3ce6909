package org.tutela.identity.login;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.tutela.identity.Permission;
import org.tutela.identity.account.Account;

/**
 * Turns an account and the factors shown so far into the session's authentication: the
 * role's permissions when every step is done, otherwise only the next step (ASVS 6.3.3).
 */
public final class SignIn {

	private SignIn() {
	}

	public static UsernamePasswordAuthenticationToken of(Account account, boolean secondFactorShown) {
		SignedIn principal = new SignedIn(account.id(), account.username(), account.displayName(), account.role());
		return UsernamePasswordAuthenticationToken.authenticated(principal, null,
				authorities(account, secondFactorShown));
	}

	private static List<GrantedAuthority> authorities(Account account, boolean secondFactorShown) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (account.hasSecondFactor() && !secondFactorShown) {
			authorities.add(new SimpleGrantedAuthority(LoginStep.SECOND_FACTOR.authority()));
		}
		else if (account.mustChangePassword()) {
			authorities.add(new SimpleGrantedAuthority(LoginStep.CHANGE_PASSWORD.authority()));
		}
		else if (account.needsSecondFactor() && !account.hasSecondFactor()) {
			authorities.add(new SimpleGrantedAuthority(LoginStep.ENROL_SECOND_FACTOR.authority()));
		}
		else {
			authorities.add(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
			for (Permission permission : account.role().permissions()) {
				authorities.add(new SimpleGrantedAuthority(permission.authority()));
			}
		}
		return authorities;
	}

}
