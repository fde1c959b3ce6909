package org.tutela.identity.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tutela.identity.AccountId;
import org.tutela.identity.Role;
import org.tutela.platform.crypto.EncryptedColumn;
import org.tutela.platform.crypto.FieldCipher;

/** The account table. */
@Repository
public class Accounts {

	private static final String COLUMNS = "id, username, display_name, email, role, password_hash, must_change_password, "
			+ "totp_secret, failed_attempts, locked_until, enabled";

	/**
	 * Authenticator secrets are encrypted at rest: with them anyone could compute the
	 * codes.
	 */
	public static final EncryptedColumn TOTP_SECRET = new EncryptedColumn("identity_account", "id", "totp_secret");

	private final JdbcClient jdbc;

	private final FieldCipher cipher;

	Accounts(JdbcClient jdbc, FieldCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	public long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM identity_account").query(Long.class).single();
	}

	public Optional<Account> findByUsername(String username) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM identity_account WHERE username = ?")
			.param(username)
			.query(this::account)
			.optional();
	}

	public List<Account> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM identity_account ORDER BY username")
			.query(this::account)
			.list();
	}

	/** Enabled accounts without a password that use this e-mail address: the portal's. */
	public List<Account> findLinkAccountsByEmail(String email) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM identity_account WHERE LOWER(email) = LOWER(?) "
					+ "AND password_hash IS NULL AND enabled")
			.param(email.strip())
			.query(this::account)
			.list();
	}

	public Optional<Account> findById(AccountId id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM identity_account WHERE id = ?")
			.param(id.value())
			.query(this::account)
			.optional();
	}

	public void insert(Account account, Instant now) {
		this.jdbc
			.sql("INSERT INTO identity_account (" + COLUMNS + ", created_at, password_changed_at) "
					+ "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(account.id().value(), account.username(), account.displayName(), account.email(),
					account.role().name(), account.passwordHash(), account.mustChangePassword(),
					this.cipher.encrypt(TOTP_SECRET.field(account.id().value()), account.totpSecret()),
					account.failedAttempts(), at(account.lockedUntil()), account.enabled(), at(now), at(now))
			.update();
	}

	/**
	 * Counts a failed attempt and returns the new count; the caller decides on a lock.
	 */
	public int countFailure(AccountId id) {
		return increment(id, "failed_attempts");
	}

	/**
	 * Counts a wrong second-factor code, whatever the session, and returns the new count.
	 */
	public int countSecondFactorFailure(AccountId id) {
		return increment(id, "second_factor_failures");
	}

	/**
	 * Adds one to a counter of the account and reads it back; {@code counter} is ours.
	 */
	private int increment(AccountId id, String counter) {
		this.jdbc.sql("UPDATE identity_account SET " + counter + " = " + counter + " + 1 WHERE id = ?")
			.param(id.value())
			.update();
		return this.jdbc.sql("SELECT " + counter + " FROM identity_account WHERE id = ?")
			.param(id.value())
			.query(Integer.class)
			.single();
	}

	/** Until when the account's second factor is locked, if it is. */
	public Optional<Instant> secondFactorLockedUntil(AccountId id) {
		return this.jdbc.sql("SELECT second_factor_locked_until FROM identity_account WHERE id = ?")
			.param(id.value())
			.query((row, number) -> Optional.ofNullable(row.getObject(1, OffsetDateTime.class))
				.map(OffsetDateTime::toInstant))
			.optional()
			.flatMap(until -> until);
	}

	/**
	 * Locks the second factor from {@code now}: the first lock lasts {@code first}, each
	 * following one twice as long as the one before, up to a day. Returns the end.
	 */
	public Instant lockSecondFactor(AccountId id, Instant now, Duration first) {
		int locks = this.jdbc.sql("SELECT second_factor_locks FROM identity_account WHERE id = ?")
			.param(id.value())
			.query(Integer.class)
			.single();
		Duration length = first.multipliedBy(1L << Math.min(locks, 16));
		Instant until = now.plus(length.compareTo(Duration.ofDays(1)) > 0 ? Duration.ofDays(1) : length);
		this.jdbc
			.sql("UPDATE identity_account SET second_factor_locked_until = ?, second_factor_locks = "
					+ "second_factor_locks + 1, second_factor_failures = 0 WHERE id = ?")
			.params(until.atOffset(ZoneOffset.UTC), id.value())
			.update();
		return until;
	}

	/** A right code: the count of wrong ones and the doubling of locks start again. */
	public void clearSecondFactorFailures(AccountId id) {
		this.jdbc
			.sql("UPDATE identity_account SET second_factor_failures = 0, second_factor_locks = 0, "
					+ "second_factor_locked_until = NULL WHERE id = ?")
			.param(id.value())
			.update();
	}

	public void lock(AccountId id, Instant until) {
		this.jdbc.sql("UPDATE identity_account SET locked_until = ?, failed_attempts = 0 WHERE id = ?")
			.params(at(until), id.value())
			.update();
	}

	public void clearFailures(AccountId id) {
		this.jdbc.sql("UPDATE identity_account SET failed_attempts = 0, locked_until = NULL WHERE id = ?")
			.param(id.value())
			.update();
	}

	public void replacePassword(AccountId id, String passwordHash, Instant now) {
		this.jdbc
			.sql("UPDATE identity_account SET password_hash = ?, must_change_password = FALSE, "
					+ "password_changed_at = ? WHERE id = ?")
			.params(passwordHash, at(now), id.value())
			.update();
	}

	public void enrolSecondFactor(AccountId id, String totpSecret) {
		this.jdbc.sql("UPDATE identity_account SET totp_secret = ?, totp_last_step = NULL WHERE id = ?")
			.params(this.cipher.encrypt(TOTP_SECRET.field(id.value()), totpSecret), id.value())
			.update();
	}

	/**
	 * Marks a one-time-password time step as used; false when it, or a later one, was
	 * used already, so an observed code cannot be replayed (ASVS 6.6.3).
	 */
	public boolean useTimeStep(AccountId id, long step) {
		return this.jdbc
			.sql("UPDATE identity_account SET totp_last_step = ? WHERE id = ? "
					+ "AND (totp_last_step IS NULL OR totp_last_step < ?)")
			.params(step, id.value(), step)
			.update() == 1;
	}

	private static @Nullable OffsetDateTime at(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	private Account account(ResultSet row, int number) throws SQLException {
		OffsetDateTime lockedUntil = row.getObject("locked_until", OffsetDateTime.class);
		UUID id = row.getObject("id", UUID.class);
		return new Account(new AccountId(id), row.getString("username"), row.getString("display_name"),
				row.getString("email"), Role.valueOf(row.getString("role")), row.getString("password_hash"),
				row.getBoolean("must_change_password"),
				this.cipher.decrypt(TOTP_SECRET.field(id), row.getString("totp_secret")), row.getInt("failed_attempts"),
				lockedUntil == null ? null : lockedUntil.toInstant(), row.getBoolean("enabled"));
	}

}
