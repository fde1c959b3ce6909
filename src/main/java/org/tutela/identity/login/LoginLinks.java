package org.tutela.identity.login;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.identity.AccountId;
import org.tutela.identity.account.Account;
import org.tutela.identity.account.Accounts;
import org.tutela.platform.mail.MailDelivery;
import org.tutela.platform.mail.OutgoingMail;

/**
 * Portal sign-in without a password: a single-use link, valid for a short time, sent to
 * the account's e-mail address (ASVS 6.6.1 for out-of-band codes). Only a hash of the
 * link's token is stored. Asking for a link gives the same answer whether or not the
 * address is known.
 */
@Service
public class LoginLinks {

	private static final int TOKEN_BYTES = 32;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final MailDelivery mail;

	private final MessageSource messages;

	private final Clock clock;

	private final Duration validity;

	private final String baseUrl;

	private final int perHour;

	LoginLinks(Accounts accounts, JdbcClient jdbc, MailDelivery mail, MessageSource messages, Clock clock,
			@Value("${tutela.login.link-validity:15m}") Duration validity, @Value("${tutela.base-url}") String baseUrl,
			@Value("${tutela.login.links-per-hour:5}") int perHour) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
		this.validity = validity;
		this.baseUrl = baseUrl.replaceAll("/+$", "");
		this.perHour = perHour;
	}

	/**
	 * Sends a link to every portal account with this address; nothing when there is none,
	 * and nothing to an account that was sent {@code tutela.login.links-per-hour} links
	 * in the last hour, so that nobody can flood a mailbox or try links by the thousand.
	 * The answer is the same in every case.
	 */
	@Transactional
	public void send(String email, Locale locale) {
		for (Account account : this.accounts.findLinkAccountsByEmail(email)) {
			if (sentInTheLastHour(account) >= this.perHour) {
				continue;
			}
			String token = newToken();
			this.jdbc.sql("INSERT INTO identity_login_link (token_hash, account_id, expires_at) VALUES (?, ?, ?)")
				.params(TokenHash.of(token), account.id().value(),
						this.clock.instant().plus(this.validity).atOffset(ZoneOffset.UTC))
				.update();
			String link = this.baseUrl + "/login/link/" + token;
			this.mail
				.send(new OutgoingMail(account.email(), this.messages.getMessage("link.mail.subject", null, locale),
						this.messages.getMessage("link.mail.text",
								new Object[] { account.displayName(), link, this.validity.toMinutes() }, locale)));
		}
	}

	/** Uses a link: the account it signs in, only once and only before it expires. */
	@Transactional
	public Optional<AccountId> use(String token) {
		String hash = TokenHash.of(token);
		Instant now = this.clock.instant();
		Optional<UUID> account = this.jdbc
			.sql("SELECT account_id FROM identity_login_link WHERE token_hash = ? "
					+ "AND used_at IS NULL AND expires_at > ?")
			.params(hash, now.atOffset(ZoneOffset.UTC))
			.query(UUID.class)
			.optional();
		if (account.isEmpty()
				|| this.jdbc.sql("UPDATE identity_login_link SET used_at = ? WHERE token_hash = ? AND used_at IS NULL")
					.params(now.atOffset(ZoneOffset.UTC), hash)
					.update() != 1) {
			return Optional.empty();
		}
		return account.map(AccountId::new);
	}

	private long sentInTheLastHour(Account account) {
		Instant anHourAgo = this.clock.instant().minus(Duration.ofHours(1));
		return this.jdbc.sql("SELECT COUNT(*) FROM identity_login_link WHERE account_id = ? AND expires_at > ?")
			.params(account.id().value(), anHourAgo.plus(this.validity).atOffset(ZoneOffset.UTC))
			.query(Long.class)
			.single();
	}

	private static String newToken() {
		byte[] token = new byte[TOKEN_BYTES];
		RANDOM.nextBytes(token);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
	}

}
