package org.tutela.identity.apikey;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.tutela.identity.Permission;
import org.tutela.identity.account.Account;
import org.tutela.identity.account.Accounts;
import org.tutela.identity.apikey.ApiKeys.Presented;
import org.tutela.identity.login.LoginEventKind;
import org.tutela.identity.login.LoginHistory;
import org.tutela.identity.login.SignIn;

/**
 * Reads {@code Authorization: Bearer <key>} and signs the request in as the key's
 * account, with the role's permissions as HTTP Basic gives them. Refused, and recorded in
 * the connection history like a wrong password, when the key is unknown or revoked, the
 * account disabled, or its role no longer orders controls. The key was made in a session
 * that passed every sign-in step, so it stands for them.
 */
@Component
public class ApiKeyCheck {

	private static final String BEARER = "Bearer ";

	private final ApiKeys keys;

	private final Accounts accounts;

	private final LoginHistory history;

	ApiKeyCheck(ApiKeys keys, Accounts accounts, LoginHistory history) {
		this.keys = keys;
		this.accounts = accounts;
		this.history = history;
	}

	/** The key the request presents; null when it sends none, so other checks apply. */
	public @Nullable Authentication presented(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			return null;
		}
		return new PresentedKey(header.substring(BEARER.length()).strip());
	}

	public Authentication authenticate(Authentication attempt) {
		Optional<Presented> key = this.keys.find(String.valueOf(attempt.getCredentials()));
		if (key.isEmpty()) {
			this.history.record(null, LoginEventKind.LOGIN_FAILED);
			throw refusal();
		}
		Optional<Account> account = this.accounts.findById(key.get().account()).filter(Account::enabled);
		Optional<Authentication> signedIn = account.<Authentication>map(holder -> SignIn.of(holder, true))
			.filter(authentication -> authentication.getAuthorities()
				.stream()
				.anyMatch(authority -> Permission.ORDER_CONTROLS.authority().equals(authority.getAuthority())));
		if (signedIn.isEmpty()) {
			this.history.record(key.get().account(), LoginEventKind.LOGIN_FAILED);
			throw refusal();
		}
		this.keys.used(key.get());
		return signedIn.get();
	}

	private static BadCredentialsException refusal() {
		return new BadCredentialsException("Refused");
	}

}
