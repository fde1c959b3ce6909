package org.tutela.outreach.list;

import java.time.Clock;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tutela.members.MemberAdmitted;
import org.tutela.outreach.list.Subscription.Status;

/**
 * A member's contact person counts as a member: once their organisation's application is
 * accepted they join the lists of the information the law or the membership requires,
 * those serving the pack's membership activity. Leaving a newsletter leaves only that
 * list, so this information keeps reaching them (CES-2).
 */
@Component
class MemberNotices {

	private final ListStore lists;

	private final Subscriptions subscriptions;

	private final Clock clock;

	MemberNotices(ListStore lists, Subscriptions subscriptions, Clock clock) {
		this.lists = lists;
		this.subscriptions = subscriptions;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(MemberAdmitted admitted) {
		this.lists.legalServing(admitted.activity())
			.stream()
			.filter(list -> this.subscriptions.status(list.id(), admitted.person()).orElse(null) != Status.ACTIVE)
			.forEach(list -> this.subscriptions.put(list.id(), admitted.person(), null, this.clock.instant()));
	}

}
