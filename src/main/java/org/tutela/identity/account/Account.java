package org.tutela.identity.account;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tutela.identity.AccountId;
import org.tutela.identity.NewStaffAccount;
import org.tutela.identity.Role;

/** A stored account, as the login checks see it. */
public record Account(AccountId id, String username, String displayName, @Nullable String email, Role role,
		@Nullable String passwordHash, boolean mustChangePassword, @Nullable String totpSecret, int failedAttempts,
		@Nullable Instant lockedUntil, boolean enabled) {

	static final int NO_FAILURES = 0;

	/**
	 * A new account; without a password hash its holder signs in by e-mailed link only.
	 */
	public static Account opened(AccountId id, NewStaffAccount account, @Nullable String passwordHash) {
		return new Account(id, account.username(), account.displayName(), account.email(), account.role(), passwordHash,
				passwordHash != null, null, NO_FAILURES, null, true);
	}

	public boolean lockedAt(Instant now) {
		return this.lockedUntil != null && this.lockedUntil.isAfter(now);
	}

	public boolean hasSecondFactor() {
		return this.totpSecret != null;
	}

	/**
	 * Whether this account must pass a second factor: by role, or because its holder
	 * enrolled one.
	 */
	public boolean needsSecondFactor() {
		return this.role.secondFactorRequired() || hasSecondFactor();
	}

}
