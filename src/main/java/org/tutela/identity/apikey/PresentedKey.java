package org.tutela.identity.apikey;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A key sent as {@code Authorization: Bearer …}, not yet checked. */
final class PresentedKey extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final String key;

	PresentedKey(String key) {
		super(List.of());
		this.key = key;
	}

	@Override
	public Object getCredentials() {
		return this.key;
	}

	@Override
	public Object getPrincipal() {
		return "API key";
	}

}
