package org.tutela.incidents.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.tutela.incidents.AuthorityRequests;
import org.tutela.platform.dashboard.PagesNotInUse;

/**
 * Where the pack keeps no clocks for authority requests, their page is not in the menu.
 */
@Component
class AuthorityRequestPagesInUse implements PagesNotInUse {

	private final AuthorityRequests requests;

	AuthorityRequestPagesInUse(AuthorityRequests requests) {
		this.requests = requests;
	}

	@Override
	public Set<String> paths() {
		return this.requests.kept() ? Set.of() : Set.of(AuthorityRequestPages.PATH);
	}

}
