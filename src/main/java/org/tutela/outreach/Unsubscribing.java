package org.tutela.outreach;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.consent.Channel;
import org.tutela.consent.ChoiceKind;
import org.tutela.consent.ConsentLedger;
import org.tutela.consent.Evidence;
import org.tutela.outreach.list.Links;
import org.tutela.outreach.list.ListStore;
import org.tutela.outreach.list.Subscription.EndReason;
import org.tutela.outreach.list.Subscription;
import org.tutela.outreach.list.Subscriptions;
import org.tutela.outreach.list.Suppressions;
import org.tutela.people.MailAddresses;
import org.tutela.personaldata.PersonId;
import org.tutela.register.LegalBasis;
import org.tutela.register.Register;

/**
 * Leaving mailing lists, at once (MEZ-12): with one click in a mail, or in the preference
 * centre, where a person also objects to uses resting on legitimate interest. Each
 * withdrawal or objection goes to the consent ledger, and an address that left is
 * suppressed for the list, so no import puts it back.
 */
@Service
public class Unsubscribing {

	private final ListStore lists;

	private final Subscriptions subscriptions;

	private final Suppressions suppressions;

	private final Links links;

	private final ConsentLedger ledger;

	private final Register register;

	private final MailAddresses addresses;

	private final Clock clock;

	Unsubscribing(ListStore lists, Subscriptions subscriptions, Suppressions suppressions, Links links,
			ConsentLedger ledger, Register register, MailAddresses addresses, Clock clock) {
		this.lists = lists;
		this.subscriptions = subscriptions;
		this.suppressions = suppressions;
		this.links = links;
		this.ledger = ledger;
		this.register = register;
		this.addresses = addresses;
		this.clock = clock;
	}

	/**
	 * One click in a mail, or a mail client's one-click request (RFC 8058): the person
	 * leaves the list at once, their withdrawal or objection is recorded, and the address
	 * is suppressed for it.
	 */
	@Transactional
	public Optional<MailingList> unsubscribe(String token, String ipAddress, String userAgent) {
		return this.links.readUnsubscribe(token)
			.flatMap(link -> this.lists.byId(link.list())
				.filter(list -> list.category() == ListCategory.MARKETING)
				.map(list -> {
					leave(list, link.person(), ipAddress, userAgent);
					return list;
				}));
	}

	@Transactional(readOnly = true)
	public Optional<Preferences> preferences(String token) {
		return this.links.readPreferences(token).flatMap(person -> this.addresses.of(person).map(to -> {
			List<Preferences.Entry> entries = this.subscriptions.ofPerson(person)
				.stream()
				.flatMap(subscription -> this.lists.byId(subscription.list())
					.map(list -> new Preferences.Entry(list, subscription.status() == Subscription.Status.ACTIVE))
					.stream())
				.toList();
			List<Preferences.Objection> objections = this.register.pack()
				.activities()
				.stream()
				.filter(activity -> activity.basis() == LegalBasis.LEGITIMATE_INTERESTS)
				.map(activity -> new Preferences.Objection(activity.id(),
						this.ledger.latest(person, activity.id())
							.map(choice -> choice.kind() == ChoiceKind.OBJECTED)
							.orElse(false)))
				.toList();
			return new Preferences(person, to.firstName(), entries, objections);
		}));
	}

	/**
	 * From the preference centre: leaves the marketing lists the person no longer wants,
	 * and records their objection to the uses they object to, at once. Information the
	 * law requires cannot be refused there (CES-2); an objection once made is lifted by
	 * writing to the organisation.
	 */
	@Transactional
	public void save(String token, Set<String> codes, Set<String> objectTo, String ipAddress, String userAgent) {
		PersonId person = this.links.readPreferences(token).orElseThrow(() -> new ListNotFound("preferences"));
		for (String activity : objectTo) {
			boolean open = this.register.pack()
				.activity(activity)
				.filter(found -> found.basis() == LegalBasis.LEGITIMATE_INTERESTS)
				.isPresent();
			boolean already = this.ledger.latest(person, activity)
				.filter(choice -> choice.kind() == ChoiceKind.OBJECTED)
				.isPresent();
			if (open && !already) {
				this.ledger.record(person, activity, ChoiceKind.OBJECTED, new Evidence(Channel.EMAIL_LINK, null,
						ipAddress, userAgent, "preferences", Evidence.Framework.GDPR));
			}
		}
		for (Subscription subscription : this.subscriptions.ofPerson(person)) {
			this.lists.byId(subscription.list())
				.filter(list -> list.category() == ListCategory.MARKETING)
				.filter(list -> subscription.status() == Subscription.Status.ACTIVE && !codes.contains(list.code()))
				.ifPresent(list -> leave(list, person, ipAddress, userAgent));
		}
	}

	private void leave(MailingList list, PersonId person, String ipAddress, String userAgent) {
		this.subscriptions.end(list.id(), person, EndReason.UNSUBSCRIBED, this.clock.instant());
		if (list.category() == ListCategory.MARKETING) {
			ChoiceKind kind = list.restsOnConsent(this.register.pack()) ? ChoiceKind.WITHDRAWN : ChoiceKind.OBJECTED;
			this.ledger.record(person, list.activity(), kind, new Evidence(Channel.EMAIL_LINK, null, ipAddress,
					userAgent, "unsubscribe:" + list.code(), Evidence.Framework.GDPR));
		}
		this.addresses.of(person)
			.ifPresent(to -> this.suppressions.add(to.email(), list.id(), Suppressions.Reason.UNSUBSCRIBED,
					this.clock.instant()));
	}

}
