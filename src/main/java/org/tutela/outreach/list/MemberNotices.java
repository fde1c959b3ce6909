package org.tutela.outreach.list;

import java.time.Clock;
import java.time.Instant;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tutela.members.Joining;
import org.tutela.members.MemberAdmitted;
import org.tutela.members.MemberContacts;
import org.tutela.outreach.MailingList;
import org.tutela.outreach.list.Subscription.Status;
import org.tutela.personaldata.MembershipEnded;
import org.tutela.personaldata.PersonId;
import org.tutela.register.Activity;
import org.tutela.register.Register;

/**
 * A member's contact person counts as a member: once their organisation's application is
 * accepted they join the lists of the information the law or the membership requires,
 * those serving the pack's membership activity. Leaving a newsletter leaves only that
 * list, so this information keeps reaching them (CES-2). Once the membership has ended
 * they leave those lists, unless another membership still makes them a member's contact;
 * their places end with the membership, which the pack's rule counted from its end then
 * reaches (CES-9). Either handled twice changes nothing more.
 */
@Component
class MemberNotices {

	private final ListStore lists;

	private final Subscriptions subscriptions;

	private final MemberContacts members;

	private final Register register;

	private final Clock clock;

	MemberNotices(ListStore lists, Subscriptions subscriptions, MemberContacts members, Register register,
			Clock clock) {
		this.lists = lists;
		this.subscriptions = subscriptions;
		this.members = members;
		this.register = register;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(MemberAdmitted admitted) {
		this.lists.legalServing(admitted.activity())
			.stream()
			.filter(list -> this.subscriptions.status(list.id(), admitted.person()).orElse(null) != Status.ACTIVE)
			.forEach(list -> this.subscriptions.put(list.id(), admitted.person(), null, this.clock.instant()));
	}

	@ApplicationModuleListener
	void on(MembershipEnded ended) {
		Activity activity = this.register.pack().activityServing(Joining.PURPOSE).orElse(null);
		if (activity == null) {
			return;
		}
		Instant end = ended.lastDay().plusDays(1).atStartOfDay(this.clock.getZone()).toInstant();
		for (MailingList list : this.lists.legalServing(activity.id())) {
			for (PersonId person : ended.contacts()) {
				if (!this.members.current(person)) {
					this.subscriptions.endWithMembership(list.id(), person, end);
				}
			}
		}
	}

}
