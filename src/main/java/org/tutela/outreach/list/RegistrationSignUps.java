package org.tutela.outreach.list;

import java.time.Clock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tutela.enrolment.MarketingConsentConfirmed;
import org.tutela.outreach.list.Subscription.Status;
import org.tutela.people.MailAddresses;

/**
 * The "keep me informed" box of the registration form, once the person confirmed it: they
 * join the marketing lists serving the pack's marketing activity, as the consent they
 * gave is for that activity (MEZ-2). An address they once took off such a list comes
 * back, as they asked for it again themselves.
 */
@Component
class RegistrationSignUps {

	private final ListStore lists;

	private final Subscriptions subscriptions;

	private final Suppressions suppressions;

	private final MailAddresses addresses;

	private final Clock clock;

	RegistrationSignUps(ListStore lists, Subscriptions subscriptions, Suppressions suppressions,
			MailAddresses addresses, Clock clock) {
		this.lists = lists;
		this.subscriptions = subscriptions;
		this.suppressions = suppressions;
		this.addresses = addresses;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(MarketingConsentConfirmed confirmed) {
		this.lists.marketingServing(confirmed.activity())
			.stream()
			.filter(list -> this.subscriptions.status(list.id(), confirmed.person()).orElse(null) != Status.ACTIVE)
			.forEach(list -> {
				this.subscriptions.put(list.id(), confirmed.person(), null, this.clock.instant());
				this.addresses.of(confirmed.person()).ifPresent(to -> this.suppressions.lift(to.email(), list.id()));
			});
	}

}
