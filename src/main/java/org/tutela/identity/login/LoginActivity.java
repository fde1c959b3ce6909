package org.tutela.identity.login;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.identity.Role;
import org.tutela.identity.account.Accounts;

/**
 * Whether each account signed in during each month of a year (VCK-10), counted in the
 * organisation's time zone.
 */
@Service
public class LoginActivity {

	private static final int MONTHS = 12;

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final AuditTrail audit;

	private final Clock clock;

	LoginActivity(JdbcClient jdbc, Accounts accounts, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('logins.report')")
	@Transactional
	public List<Year> of(int year) {
		this.audit.record(new AuditEvent(AuditAction.READ, null, null, "security monitoring", Set.of("login_event"),
				"monthly sign-ins " + year));
		ZoneId zone = this.clock.getZone();
		Map<UUID, boolean[]> months = new HashMap<>();
		this.jdbc
			.sql("SELECT account_id, occurred_at FROM identity_login_event WHERE kind = 'LOGIN' "
					+ "AND occurred_at >= ? AND occurred_at < ?")
			.params(start(year, zone), start(year + 1, zone))
			.query(row -> {
				int month = row.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(zone).getMonthValue();
				months.computeIfAbsent(row.getObject("account_id", UUID.class), id -> new boolean[MONTHS])[month
						- 1] = true;
			});
		return this.accounts.all()
			.stream()
			.map(account -> new Year(account.username(), account.displayName(), account.role(),
					months.getOrDefault(account.id().value(), new boolean[MONTHS])))
			.toList();
	}

	private static OffsetDateTime start(int year, ZoneId zone) {
		return java.time.LocalDate.of(year, 1, 1)
			.atStartOfDay(zone)
			.toOffsetDateTime()
			.withOffsetSameInstant(ZoneOffset.UTC);
	}

	/** One account's year: for each month, whether it signed in. */
	public record Year(String username, String displayName, Role role, boolean[] months) {
	}

}
