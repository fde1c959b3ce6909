package org.tutela.identity;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tutela.identity.login.SignedIn;

/** Who is calling: the signed-in account, and whether it holds a permission. */
public final class Caller {

	private Caller() {
	}

	/** The signed-in account; empty for a visitor or an API call without a session. */
	public static Optional<AccountId> account() {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current != null && current.getPrincipal() instanceof SignedIn signedIn) {
			return Optional.of(signedIn.account());
		}
		return Optional.empty();
	}

	public static Optional<Role> role() {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current != null && current.getPrincipal() instanceof SignedIn signedIn) {
			return Optional.of(signedIn.role());
		}
		return Optional.empty();
	}

	/**
	 * The name of whoever is acting, for the records that say who did what: a username,
	 * or {@code system}.
	 */
	public static String name() {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		return current == null ? "system" : current.getName();
	}

	public static boolean holds(Permission permission) {
		return holds(permission.authority());
	}

	/** Whether the caller holds the authority ({@code inquiries.answer}). */
	public static boolean holds(String authority) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		return current != null
				&& current.getAuthorities().stream().anyMatch(held -> authority.equals(held.getAuthority()));
	}

}
