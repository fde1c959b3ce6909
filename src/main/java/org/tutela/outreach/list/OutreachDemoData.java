package org.tutela.outreach.list;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tutela.outreach.ListCategory;
import org.tutela.outreach.MailingList;
import org.tutela.people.MailAddresses;
import org.tutela.platform.crypto.RandomTokens;
import org.tutela.platform.crypto.Sha256;
import org.tutela.platform.demo.DemoData;
import org.tutela.register.Register;

/**
 * The newsletter of the pack's marketing activity, with a demo person who asked for it on
 * the website and has not yet followed the confirmation link: a list to open on a first
 * start, and no consent assumed.
 */
@Component
class OutreachDemoData implements DemoData {

	private final Register register;

	private final ListStore lists;

	private final Subscriptions subscriptions;

	private final MailAddresses addresses;

	private final Clock clock;

	OutreachDemoData(Register register, ListStore lists, Subscriptions subscriptions, MailAddresses addresses,
			Clock clock) {
		this.register = register;
		this.lists = lists;
		this.subscriptions = subscriptions;
		this.addresses = addresses;
		this.clock = clock;
	}

	@Override
	public void load() {
		String marketing = this.register.pack().training().marketing();
		if (marketing == null) {
			return;
		}
		MailingList newsletter = new MailingList(UUID.randomUUID(), "newsletter", "Newsletter", marketing,
				ListCategory.MARKETING);
		this.lists.insert(newsletter, this.clock.instant());
		this.addresses.personWith("sanne.devries@example.nl")
			.ifPresent(person -> this.subscriptions.put(newsletter.id(), person, Sha256.hex(RandomTokens.next()),
					this.clock.instant()));
	}

	/** After the people module's demo persons. */
	@Override
	public int order() {
		return 10;
	}

}
