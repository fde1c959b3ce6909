package org.tutela.identity;

/** An account as the administrator's list shows it. */
public record StaffAccount(AccountId id, String username, String displayName, Role role, boolean secondFactor,
		boolean locked) {
}
