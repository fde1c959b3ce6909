package org.tutela.testing;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.tutela.identity.AccountId;
import org.tutela.identity.NewStaffAccount;
import org.tutela.identity.Role;
import org.tutela.identity.account.Account;
import org.tutela.identity.account.Accounts;
import org.tutela.identity.mfa.Totp;

/**
 * Accounts for tests, one per role, past their first login: the password is their own and
 * roles that need a second factor have an authenticator enrolled. The coordinator
 * {@code staff} exists from the start, for {@link Http#STAFF}.
 */
@Component
public class TestAccounts implements ApplicationRunner {

	public static final String PASSWORD = "test-only-password";

	private final Accounts accounts;

	private final PasswordEncoder encoder;

	private final JdbcClient jdbc;

	TestAccounts(Accounts accounts, PasswordEncoder encoder, JdbcClient jdbc) {
		this.accounts = accounts;
		this.encoder = encoder;
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		ensure("staff", Role.COORDINATOR);
	}

	/**
	 * The shared account {@code <role>-user}, created on first use. Its authenticator may
	 * be used again at once: tests sign in faster than codes change, and only
	 * {@link #fresh(Role)} accounts are used to test the single use of codes.
	 */
	public TestAccount of(Role role) {
		TestAccount account = ensure(role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-user", role);
		this.jdbc.sql("UPDATE identity_account SET totp_last_step = NULL WHERE id = ?")
			.param(account.id().value())
			.update();
		return account;
	}

	/** A new account of the role, for tests that lock it or use up its codes. */
	public TestAccount fresh(Role role) {
		return ensure(role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + UUID.randomUUID(), role);
	}

	/**
	 * A new account of the role, past its first password but with no second factor
	 * enrolled yet.
	 */
	public TestAccount unenrolled(Role role) {
		String username = role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + UUID.randomUUID();
		Account account = new Account(AccountId.random(), username, displayName(role), null, role,
				this.encoder.encode(PASSWORD), false, null, 0, null, true);
		this.accounts.insert(account, Instant.now());
		return new TestAccount(account.id(), username, PASSWORD, null);
	}

	/** A new portal account that signs in by e-mailed link only. */
	public TestAccount portal(Role role, String email) {
		String username = role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + UUID.randomUUID();
		Account account = Account.opened(AccountId.random(), new NewStaffAccount(username, "Portal User", email, role),
				null);
		this.accounts.insert(account, Instant.now());
		return new TestAccount(account.id(), username, null, null);
	}

	/**
	 * A new account of a role that needs a second factor, enrolled, with a mail address.
	 */
	public TestAccount freshWithEmail(Role role, String email) {
		String username = role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + UUID.randomUUID();
		Account account = new Account(AccountId.random(), username, displayName(role), email, role,
				this.encoder.encode(PASSWORD), false, Totp.newSecret(), 0, null, true);
		this.accounts.insert(account, Instant.now());
		return new TestAccount(account.id(), username, PASSWORD, account.totpSecret());
	}

	/** A new portal account with a password, for a person known by the e-mail address. */
	public TestAccount portalWithPassword(Role role, String email) {
		String username = role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-" + UUID.randomUUID();
		Account account = new Account(AccountId.random(), username, "Portal User", email, role,
				this.encoder.encode(PASSWORD), false, null, 0, null, true);
		this.accounts.insert(account, Instant.now());
		return new TestAccount(account.id(), username, PASSWORD, null);
	}

	private synchronized TestAccount ensure(String username, Role role) {
		Account account = this.accounts.findByUsername(username).orElseGet(() -> {
			String secret = role.secondFactorRequired() ? Totp.newSecret() : null;
			Account opened = new Account(AccountId.random(), username, displayName(role), null, role,
					this.encoder.encode(PASSWORD), false, secret, 0, null, true);
			this.accounts.insert(opened, Instant.now());
			return opened;
		});
		return new TestAccount(account.id(), username, PASSWORD, account.totpSecret());
	}

	/** A name as staff would give one: "Test psychosocial adviser". */
	private static String displayName(Role role) {
		return "Test " + role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
	}

	/**
	 * A test account's sign-in details; the secret is null when no second factor is
	 * enrolled.
	 */
	public record TestAccount(AccountId id, String username, String password, String totpSecret) {

		public String basic() {
			return Http.basic(this.username, this.password);
		}

	}

}
