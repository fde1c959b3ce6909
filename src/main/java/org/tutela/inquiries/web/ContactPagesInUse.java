package org.tutela.inquiries.web;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.tutela.inquiries.Receiving;
import org.tutela.platform.dashboard.PagesNotInUse;

/**
 * Where the policy names no subject for the contact form, the site's menu leaves it out.
 */
@Component
class ContactPagesInUse implements PagesNotInUse {

	private final Receiving receiving;

	ContactPagesInUse(Receiving receiving) {
		this.receiving = receiving;
	}

	@Override
	public Set<String> paths() {
		return this.receiving.offered().contactOpen() ? Set.of() : Set.of("/contact");
	}

}
