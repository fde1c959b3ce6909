package org.tutela.outreach;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.consent.Channel;
import org.tutela.consent.ChoiceKind;
import org.tutela.consent.ConsentLedger;
import org.tutela.consent.Evidence;
import org.tutela.consent.Wording;
import org.tutela.outreach.list.ListStore;
import org.tutela.outreach.list.Subscription.Status;
import org.tutela.outreach.list.Subscriptions;
import org.tutela.outreach.list.Subscriptions.Place;
import org.tutela.outreach.list.Suppressions;
import org.tutela.people.Addressee;
import org.tutela.people.MailAddresses;
import org.tutela.people.PersonSummary;
import org.tutela.people.Persons;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.register.PurposeGuard;
import org.tutela.register.Register;

/**
 * Who is on a list and how they came on it, for the staff who run it; and staff putting a
 * person on a list. On a list resting on consent, staff record only a consent the person
 * gave themselves, on a signed paper form or in their own e-mail, with the wording they
 * agreed to and where that proof is kept (Art. 7(1), SKI-6).
 */
@Service
public class Subscribers {

	public static final int PAGE_SIZE = 50;

	private static final Set<Channel> FROM_THE_PERSON = EnumSet.of(Channel.PAPER, Channel.EMAIL);

	private final ListStore lists;

	private final Subscriptions subscriptions;

	private final Suppressions suppressions;

	private final ConsentLedger ledger;

	private final PurposeGuard guard;

	private final Register register;

	private final Persons persons;

	private final MailAddresses addresses;

	private final Clock clock;

	Subscribers(ListStore lists, Subscriptions subscriptions, Suppressions suppressions, ConsentLedger ledger,
			PurposeGuard guard, Register register, Persons persons, MailAddresses addresses, Clock clock) {
		this.lists = lists;
		this.subscriptions = subscriptions;
		this.suppressions = suppressions;
		this.ledger = ledger;
		this.guard = guard;
		this.register = register;
		this.persons = persons;
		this.addresses = addresses;
		this.clock = clock;
	}

	/**
	 * A page of the list's subscribers with the choice each rests on; reading their names
	 * is audited.
	 */
	@PreAuthorize("hasAuthority('outreach.manage') and hasAuthority('people.read')")
	@Transactional
	public SubscriberPage of(String code, int page) {
		MailingList list = list(code);
		int from = Math.max(page, 0);
		List<Place> places = this.subscriptions.page(list.id(), from * PAGE_SIZE, PAGE_SIZE + 1);
		boolean more = places.size() > PAGE_SIZE;
		List<Place> shown = more ? places.subList(0, PAGE_SIZE) : places;
		Map<PersonId, PersonSummary> names = this.persons
			.summaries(shown.stream().map(Place::person).toList(), "mailing list " + list.code())
			.stream()
			.collect(Collectors.toMap(PersonSummary::id, Function.identity()));
		List<Subscriber> subscribers = shown.stream().filter(place -> names.containsKey(place.person())).map(place -> {
			PersonSummary person = names.get(place.person());
			return new Subscriber(place.person(), person.firstName() + " " + person.lastName(), person.email(),
					place(place.status()), place.since(),
					this.ledger.latest(place.person(), list.activity()).orElse(null));
		}).toList();
		return new SubscriberPage(list, subscribers, from, more);
	}

	/**
	 * The published consent texts of the list's activity, for staff to say which one the
	 * person agreed to.
	 */
	@PreAuthorize("hasAuthority('outreach.manage')")
	@Transactional(readOnly = true)
	public List<Wording> wordings(String code) {
		return this.ledger.wordings(list(code).activity());
	}

	/** Whether a person comes on the list only with the proof of their own consent. */
	public boolean restsOnConsent(MailingList list) {
		return list.restsOnConsent(this.register.pack());
	}

	/**
	 * Puts a person on the list. On a consent-based list, the evidence must come from the
	 * person: a signed paper form or their own e-mail, the wording they agreed to and
	 * where that proof is kept; the consent is recorded with it and counts at once, as
	 * the person gave it themselves.
	 */
	@PreAuthorize("hasAuthority('outreach.manage')")
	@Transactional
	public void add(String code, PersonId person, Evidence evidence) {
		MailingList list = list(code);
		Addressee to = this.addresses.of(person)
			.orElseThrow(() -> new InvalidInput(List.of(new FieldError("person", "subscriber.no-address"))));
		if (restsOnConsent(list)) {
			if (!FROM_THE_PERSON.contains(evidence.channel())) {
				throw new InvalidInput(List.of(new FieldError("channel", "subscriber.channel")));
			}
			this.ledger.record(person, list.activity(), ChoiceKind.GIVEN, evidence);
			this.suppressions.lift(to.email(), list.id());
		}
		this.guard.require(person, list.activity());
		this.subscriptions.put(list.id(), person, null, this.clock.instant());
	}

	private MailingList list(String code) {
		return this.lists.byCode(code).orElseThrow(() -> new ListNotFound(code));
	}

	private static Subscriber.Place place(Status status) {
		return switch (status) {
			case ACTIVE -> Subscriber.Place.ON_THE_LIST;
			case PENDING -> Subscriber.Place.AWAITING_CONFIRMATION;
			case ENDED -> Subscriber.Place.LEFT;
		};
	}

}
