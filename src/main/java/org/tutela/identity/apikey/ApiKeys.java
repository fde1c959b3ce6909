package org.tutela.identity.apikey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.identity.AccountId;
import org.tutela.identity.Caller;
import org.tutela.platform.crypto.RandomTokens;
import org.tutela.platform.crypto.Sha256;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;

/**
 * The keys with which an HR contact's own systems order absenteeism controls: made and
 * revoked in the portal, each named by its holder, at most {@value #LIVE_LIMIT} live at a
 * time. A key is 256 random bits; only its SHA-256 is kept, so a copy of the database
 * opens no API (ASVS 6.5.2), and the key is shown once, when it is made.
 */
@Service
public class ApiKeys {

	public static final int LIVE_LIMIT = 5;

	private static final String PREFIX = "tutela_";

	private static final int RANDOM_BYTES = 32;

	private static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	ApiKeys(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The caller's keys, the newest first, revoked ones included. */
	@PreAuthorize("hasAuthority('controls.order')")
	@Transactional(readOnly = true)
	public List<ApiKey> mine() {
		return this.jdbc
			.sql("SELECT id, name, created_at, last_used_at, revoked_at FROM identity_api_key WHERE account_id = ? "
					+ "ORDER BY created_at DESC")
			.param(caller().value())
			.query((row, number) -> new ApiKey(row.getObject("id", UUID.class), row.getString("name"),
					instant(row.getObject("created_at", OffsetDateTime.class)),
					instant(row.getObject("last_used_at", OffsetDateTime.class)),
					instant(row.getObject("revoked_at", OffsetDateTime.class))))
			.list();
	}

	/**
	 * Makes a key for the caller under the name given; refused, with the name's broken
	 * rule, when the name is missing or too long or the caller already has
	 * {@value #LIVE_LIMIT} live keys.
	 */
	@PreAuthorize("hasAuthority('controls.order')")
	@Transactional
	public NewApiKey create(@Nullable String name) {
		AccountId account = caller();
		String given = name == null ? "" : name.strip();
		List<FieldError> errors = new ArrayList<>();
		if (given.isEmpty()) {
			errors.add(new FieldError("name", "required"));
		}
		TextRule.LINE.check("name", given, errors);
		// The account's row is the lock that keeps two requests at once from passing the
		// limit together.
		this.jdbc.sql("SELECT id FROM identity_account WHERE id = ? FOR UPDATE")
			.param(account.value())
			.query(UUID.class)
			.single();
		if (errors.isEmpty() && live(account) >= LIVE_LIMIT) {
			errors.add(new FieldError("name", "api-key.limit"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		String secret = PREFIX + RandomTokens.next(RANDOM_BYTES);
		Instant now = this.clock.instant();
		ApiKey key = new ApiKey(UUID.randomUUID(), given, now, null, null);
		this.jdbc
			.sql("INSERT INTO identity_api_key (id, account_id, name, key_hash, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(key.id(), account.value(), given, Sha256.hex(secret), now.atOffset(ZoneOffset.UTC))
			.update();
		this.audit.record(AuditEvent.ofAccount(AuditAction.CREATE, account.value(), "API key made"));
		return new NewApiKey(key, secret);
	}

	/** Revokes one of the caller's keys; a key already revoked stays as it is. */
	@PreAuthorize("hasAuthority('controls.order')")
	@Transactional
	public void revoke(UUID id) {
		AccountId account = caller();
		Optional<OffsetDateTime> revoked = this.jdbc
			.sql("SELECT revoked_at FROM identity_api_key WHERE id = ? AND account_id = ?")
			.params(id, account.value())
			.query((row, number) -> Optional.ofNullable(row.getObject("revoked_at", OffsetDateTime.class)))
			.optional()
			.orElseThrow(ApiKeyNotFound::new);
		if (revoked.isPresent()) {
			return;
		}
		this.jdbc.sql("UPDATE identity_api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")
			.params(this.clock.instant().atOffset(ZoneOffset.UTC), id)
			.update();
		this.audit.record(AuditEvent.ofAccount(AuditAction.UPDATE, account.value(), "API key revoked"));
	}

	/** The live key with this secret and the account it belongs to. */
	@Transactional(readOnly = true)
	Optional<Presented> find(String secret) {
		return this.jdbc
			.sql("SELECT id, account_id, last_used_at FROM identity_api_key WHERE key_hash = ? AND revoked_at IS NULL")
			.param(Sha256.hex(secret))
			.query((row, number) -> new Presented(row.getObject("id", UUID.class),
					new AccountId(row.getObject("account_id", UUID.class)),
					instant(row.getObject("last_used_at", OffsetDateTime.class))))
			.optional();
	}

	/**
	 * Notes that the key opened the API: at most once a minute, to spare the database.
	 */
	@Transactional
	void used(Presented key) {
		Instant now = this.clock.instant();
		if (key.lastUsedAt() == null || key.lastUsedAt().plus(USE_RECORDED_EVERY).isBefore(now)) {
			this.jdbc.sql("UPDATE identity_api_key SET last_used_at = ? WHERE id = ?")
				.params(now.atOffset(ZoneOffset.UTC), key.id())
				.update();
		}
	}

	private long live(AccountId account) {
		return this.jdbc.sql("SELECT COUNT(*) FROM identity_api_key WHERE account_id = ? AND revoked_at IS NULL")
			.param(account.value())
			.query(Long.class)
			.single();
	}

	private static AccountId caller() {
		return Caller.account().orElseThrow(() -> new IllegalStateException("A key belongs to a signed-in account"));
	}

	private static @Nullable Instant instant(@Nullable OffsetDateTime at) {
		return at == null ? null : at.toInstant();
	}

	/** A live key as presented to the API: whose it is and when it was last used. */
	record Presented(UUID id, AccountId account, @Nullable Instant lastUsedAt) {

	}

}
