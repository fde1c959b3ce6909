package org.tutela.identity.login;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.identity.AccountId;

/**
 * The connection history of every account (CES-7, VCK-10): logins, failures, logouts and
 * second-factor events with time, address and browser. A failure for an unknown user name
 * is kept without the name typed, which may have been a password.
 */
@Component
public class LoginHistory {

	private static final int AGENT_LENGTH = 300;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	LoginHistory(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Kept even when the surrounding work fails, such as a refused login. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void record(@Nullable AccountId account, LoginEventKind kind) {
		HttpServletRequest request = currentRequest();
		String agent = request == null ? null : request.getHeader("User-Agent");
		this.jdbc.sql(
				"INSERT INTO identity_login_event (account_id, kind, occurred_at, address, agent) VALUES (?, ?, ?, ?, ?)")
			.params(account == null ? null : account.value(), kind.name(),
					this.clock.instant().atOffset(ZoneOffset.UTC), request == null ? null : request.getRemoteAddr(),
					agent == null ? null : agent.substring(0, Math.min(agent.length(), AGENT_LENGTH)))
			.update();
		audit(account, kind);
	}

	/**
	 * Every connection event is in the audit trail as well, under the account's user name
	 * (ALL-2).
	 */
	private void audit(@Nullable AccountId account, LoginEventKind kind) {
		String actor = account == null ? "unknown"
				: this.jdbc.sql("SELECT username FROM identity_account WHERE id = ?")
					.param(account.value())
					.query(String.class)
					.optional()
					.orElse("unknown");
		this.audit.record(actor, "",
				AuditEvent.ofAccount(kind.auditAction(), account == null ? null : account.value(), kind.name()));
	}

	public List<Connection> of(AccountId account, int limit) {
		return this.jdbc
			.sql("SELECT kind, occurred_at, address, agent FROM identity_login_event WHERE account_id = ? "
					+ "ORDER BY occurred_at DESC, id DESC LIMIT ?")
			.params(account.value(), limit)
			.query((row, number) -> new Connection(LoginEventKind.valueOf(row.getString("kind")),
					row.getObject("occurred_at", OffsetDateTime.class).toInstant(), row.getString("address"),
					row.getString("agent")))
			.list();
	}

	private static @Nullable HttpServletRequest currentRequest() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

	/** One line of a connection history. */
	public record Connection(LoginEventKind kind, Instant at, @Nullable String address, @Nullable String agent) {
	}

}
