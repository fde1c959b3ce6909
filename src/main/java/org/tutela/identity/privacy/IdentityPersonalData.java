package org.tutela.identity.privacy;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.TableDeclarations;
import org.tutela.identity.account.Accounts;

/**
 * Accounts, second factors, sign-in links, API keys, the login history and the stored
 * sessions: data about the people who sign in, kept to control access and to show them
 * their connections (CES-7, VCK-10).
 */
@Component
class IdentityPersonalData implements TableDeclarations {

	static final String ACCESS = "access-control";

	static final String SECURITY = "security-monitoring";

	@Override
	public String module() {
		return "identity";
	}

	@Override
	public List<DeclaredTable> tables() {
		return List.of(
				DeclaredTable.about(DataSubject.STAFF, "identity_account", "id")
					.plain("id", "role", "must_change_password", "totp_last_step", "failed_attempts", "locked_until",
							"enabled", "created_at", "password_changed_at", "second_factor_failures",
							"second_factor_locks", "second_factor_locked_until")
					.column("username", DataCategory.ACCOUNT, ACCESS)
					.column("display_name", DataCategory.IDENTITY, ACCESS)
					.column("email", DataCategory.CONTACT, ACCESS)
					.column("password_hash", DataCategory.ACCOUNT, ACCESS)
					.column("totp_secret", DataCategory.ACCOUNT, ACCESS)
					.build(),
				DeclaredTable.about(DataSubject.STAFF, "identity_recovery_code", "account_id")
					.plain("account_id", "used_at")
					.column("code_hash", DataCategory.ACCOUNT, ACCESS)
					.build(),
				DeclaredTable.about(DataSubject.STAFF, "identity_login_link", "account_id")
					.plain("account_id", "expires_at", "used_at")
					.column("token_hash", DataCategory.ACCOUNT, ACCESS)
					.build(),
				DeclaredTable.about(DataSubject.STAFF, "identity_api_key", "account_id")
					.plain("id", "account_id", "created_at", "last_used_at", "revoked_at")
					.column("name", DataCategory.ACCOUNT, ACCESS)
					.column("key_hash", DataCategory.ACCOUNT, ACCESS)
					.build(),
				DeclaredTable.about(DataSubject.STAFF, "identity_login_event", "account_id")
					.plain("id", "account_id", "kind")
					.column("occurred_at", DataCategory.CONNECTION, SECURITY)
					.column("address", DataCategory.CONNECTION, SECURITY)
					.column("agent", DataCategory.CONNECTION, SECURITY)
					.build(),
				DeclaredTable.about(DataSubject.STAFF, "spring_session", null)
					.plain("primary_id", "session_id", "creation_time", "last_access_time", "max_inactive_interval",
							"expiry_time")
					.column("principal_name", DataCategory.ACCOUNT, ACCESS)
					.build(),
				DeclaredTable.about(DataSubject.STAFF, "spring_session_attributes", null)
					.plain("session_primary_id", "attribute_name")
					.column("attribute_bytes", DataCategory.ACCOUNT, ACCESS)
					.build());
	}

}
