package org.tutela.identity.account;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.identity.Role;
import org.tutela.personaldata.PersonErased;
import org.tutela.platform.crypto.KeyedHash;

/**
 * A portal account is found by its holder's e-mail address and copies their name: once
 * the person is erased, the portal account at one of their addresses is closed, with its
 * sign-in links, its login history and its sessions. Staff accounts are not touched. Each
 * closure is audited.
 */
@Component
class ErasedHolders {

	private final JdbcClient jdbc;

	private final KeyedHash hash;

	private final AuditTrail audit;

	ErasedHolders(JdbcClient jdbc, KeyedHash hash, AuditTrail audit) {
		this.jdbc = jdbc;
		this.hash = hash;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(PersonErased erased) {
		if (erased.addressHashes().isEmpty()) {
			return;
		}
		List<String> portalRoles = Arrays.stream(Role.values())
			.filter(role -> !role.isStaff())
			.map(Role::name)
			.toList();
		List<Portal> portals = this.jdbc
			.sql("SELECT id, username, email FROM identity_account WHERE email IS NOT NULL AND role IN (:roles)"
					+ " AND created_at < :erased")
			.param("roles", portalRoles)
			.param("erased", OffsetDateTime.ofInstant(erased.erasedAt().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
			.query((row, number) -> new Portal(row.getObject("id", UUID.class), row.getString("username"),
					row.getString("email")))
			.list();
		for (Portal portal : portals) {
			String key = this.hash.address(PersonErased.ADDRESS_DOMAIN, portal.email());
			if (erased.addressHashes().contains(key)) {
				this.jdbc.sql("DELETE FROM spring_session WHERE principal_name = :username")
					.param("username", portal.username())
					.update();
				this.jdbc.sql("DELETE FROM identity_account WHERE id = :id").param("id", portal.id()).update();
				this.audit.record(AuditEvent.ofAccount(AuditAction.DELETE, portal.id(),
						"portal account closed: its holder was erased"));
			}
		}
	}

	private record Portal(UUID id, String username, String email) {
	}

}
