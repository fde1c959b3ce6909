package org.tutela.identity.login;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.tutela.identity.account.Account;
import org.tutela.identity.account.Accounts;

/**
 * Checks a user name and password. An unknown user, a wrong password, a disabled or a
 * locked account all get the same refusal after the same work (ASVS 6.3.8): the password
 * is always hashed, against a stand-in hash when there is no account. Repeated failures
 * lock the account for a while (ASVS 6.3.1).
 */
@Component
class PasswordCheck implements AuthenticationProvider {

	private final Accounts accounts;

	private final PasswordEncoder encoder;

	private final LoginHistory history;

	private final Clock clock;

	private final int failuresBeforeLock;

	private final Duration lockDuration;

	private final String standInHash;

	PasswordCheck(Accounts accounts, PasswordEncoder encoder, LoginHistory history, Clock clock,
			@Value("${tutela.login.failures-before-lock:5}") int failuresBeforeLock,
			@Value("${tutela.login.lock-duration:15m}") Duration lockDuration) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.history = history;
		this.clock = clock;
		this.failuresBeforeLock = failuresBeforeLock;
		this.lockDuration = lockDuration;
		this.standInHash = encoder.encode("stand-in for an account that does not exist");
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		String password = String.valueOf(attempt.getCredentials());
		Optional<Account> found = this.accounts.findByUsername(attempt.getName());
		Optional<String> hash = found.map(Account::passwordHash);
		boolean matches = this.encoder.matches(password, hash.orElse(this.standInHash)) && hash.isPresent();
		Instant now = this.clock.instant();
		if (found.isEmpty()) {
			this.history.record(null, LoginEventKind.LOGIN_FAILED);
			throw refusal();
		}
		Account account = found.get();
		if (!matches || !account.enabled() || account.lockedAt(now)) {
			refuse(account, matches, now);
		}
		this.accounts.clearFailures(account.id());
		return SignIn.of(account, false);
	}

	private void refuse(Account account, boolean passwordMatched, Instant now) {
		this.history.record(account.id(), LoginEventKind.LOGIN_FAILED);
		if (!passwordMatched && !account.lockedAt(now)
				&& this.accounts.countFailure(account.id()) >= this.failuresBeforeLock) {
			this.accounts.lock(account.id(), now.plus(this.lockDuration));
			this.history.record(account.id(), LoginEventKind.LOCKED);
		}
		throw refusal();
	}

	private static BadCredentialsException refusal() {
		return new BadCredentialsException("Refused");
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
