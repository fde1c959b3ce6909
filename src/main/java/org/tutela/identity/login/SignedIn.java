package org.tutela.identity.login;

import java.io.Serializable;

import org.tutela.identity.AccountId;
import org.tutela.identity.Role;

/**
 * The principal of a signed-in session: kept in the shared session store, so
 * serializable.
 */
public record SignedIn(AccountId account, String username, String displayName, Role role) implements Serializable {

	@Override
	public String toString() {
		return this.username;
	}

}
