package org.tutela.network.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.tutela.network.NetworkContacts;
import org.tutela.platform.dashboard.PagesNotInUse;

/** Where the policy keeps no professional network, its pages are not in the menu. */
@Component
class NetworkPagesInUse implements PagesNotInUse {

	private final NetworkContacts contacts;

	NetworkPagesInUse(NetworkContacts contacts) {
		this.contacts = contacts;
	}

	@Override
	public Set<String> paths() {
		return this.contacts.inUse() ? Set.of() : Set.of("/admin/network");
	}

}
