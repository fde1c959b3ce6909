package org.tutela.identity.mfa;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tutela.identity.AccountId;
import org.tutela.identity.login.TokenHash;

/**
 * Single-use recovery codes for a lost authenticator. Each has about 119 random bits, so
 * a plain SHA-256 suffices to store it (ASVS 6.5.2); only the holder ever sees the codes,
 * once.
 */
@Component
class RecoveryCodes {

	static final int COUNT = 10;

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final int GROUPS = 4;

	private static final int GROUP_LENGTH = 6;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	RecoveryCodes(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Replaces any earlier codes with new ones and returns them for showing once. */
	List<String> renew(AccountId account) {
		this.jdbc.sql("DELETE FROM identity_recovery_code WHERE account_id = ?").param(account.value()).update();
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) {
			String code = newCode();
			codes.add(code);
			this.jdbc.sql("INSERT INTO identity_recovery_code (account_id, code_hash) VALUES (?, ?)")
				.params(account.value(), TokenHash.of(code))
				.update();
		}
		return codes;
	}

	/** Uses a code: true only the first time a valid code is given. */
	boolean use(AccountId account, String code) {
		return this.jdbc
			.sql("UPDATE identity_recovery_code SET used_at = ? WHERE account_id = ? AND code_hash = ? "
					+ "AND used_at IS NULL")
			.params(this.clock.instant().atOffset(ZoneOffset.UTC), account.value(), TokenHash.of(normalised(code)))
			.update() == 1;
	}

	private static String newCode() {
		StringBuilder code = new StringBuilder();
		for (int group = 0; group < GROUPS; group++) {
			if (group > 0) {
				code.append('-');
			}
			for (int i = 0; i < GROUP_LENGTH; i++) {
				code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
		}
		return code.toString();
	}

	private static String normalised(String code) {
		return code.strip().toLowerCase(Locale.ROOT);
	}

}
