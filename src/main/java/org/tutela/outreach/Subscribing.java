package org.tutela.outreach;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.consent.Channel;
import org.tutela.consent.ChoiceKind;
import org.tutela.consent.ConsentLedger;
import org.tutela.consent.Evidence;
import org.tutela.consent.Wording;
import org.tutela.outreach.list.ListStore;
import org.tutela.outreach.list.Subscription;
import org.tutela.outreach.list.Subscriptions;
import org.tutela.outreach.list.Suppressions;
import org.tutela.people.Addressee;
import org.tutela.people.MailAddresses;
import org.tutela.people.NewContact;
import org.tutela.people.NewPerson;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.mail.MailDelivery;
import org.tutela.platform.mail.OutgoingMail;
import org.tutela.platform.crypto.RandomTokens;
import org.tutela.platform.crypto.Sha256;
import org.tutela.register.Register;

/**
 * Joining a mailing list from its public form: a person joins a consent-based list only
 * by confirming their address (double opt-in), and their consent goes to the consent
 * ledger with the wording they were shown.
 */
@Service
public class Subscribing {

	private final MailingLists lists;

	private final ListStore store;

	private final Subscriptions subscriptions;

	private final Suppressions suppressions;

	private final ConsentLedger ledger;

	private final Register register;

	private final Persons persons;

	private final MailAddresses addresses;

	private final MailDelivery mail;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	Subscribing(MailingLists lists, ListStore store, Subscriptions subscriptions, Suppressions suppressions,
			ConsentLedger ledger, Register register, Persons persons, MailAddresses addresses, MailDelivery mail,
			MessageSource messages, Clock clock, @Value("${tutela.base-url}") String baseUrl) {
		this.lists = lists;
		this.store = store;
		this.subscriptions = subscriptions;
		this.suppressions = suppressions;
		this.ledger = ledger;
		this.register = register;
		this.persons = persons;
		this.addresses = addresses;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	/** The current consent text of the list, in the reader's language or else English. */
	@Transactional(readOnly = true)
	public Optional<Wording> wording(MailingList list, Locale locale) {
		return this.ledger.currentWording(list.activity(), locale.getLanguage())
			.or(() -> this.ledger.currentWording(list.activity(), "en"));
	}

	/**
	 * A subscription from the public form: the person is found by their address or
	 * registered, their consent recorded with the wording shown, unconfirmed, and a
	 * confirmation link sent; they are on the list, and their consent counts, once they
	 * follow it (double opt-in). The answer is the same whether the address was known or
	 * not.
	 */
	@Transactional
	public void request(String code, SubscriptionRequest request, String ipAddress, String userAgent) {
		MailingList list = this.lists.open(code);
		List<FieldError> errors = new ArrayList<>();
		if (!request.consent()) {
			errors.add(new FieldError("consent", "list.consent"));
		}
		if (request.wording() == null || this.ledger.wording(request.wording())
			.filter(wording -> wording.purpose().equals(list.activity()))
			.isEmpty()) {
			errors.add(new FieldError("wording", "consent.wording"));
		}
		if (request.email() == null || request.email().isBlank()) {
			errors.add(new FieldError("email", "required"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		PersonId person = this.addresses.personWith(request.email())
			.orElseGet(() -> this.persons.selfRegister(
					new NewPerson(request.firstName(), null, request.lastName(), null, request.language(), null,
							Provenance.WEB_FORM, List.of(NewContact.business(request.email())), List.of(), List.of())));
		this.ledger.record(person, list.activity(), ChoiceKind.UNCONFIRMED,
				Evidence.web(Channel.FORM, request.wording(), ipAddress, userAgent, "subscribe:" + list.code()));
		if (this.subscriptions.status(list.id(), person).orElse(null) == Subscription.Status.ACTIVE) {
			return;
		}
		String token = RandomTokens.next();
		this.subscriptions.put(list.id(), person, Sha256.hex(token), this.clock.instant());
		Addressee to = this.addresses.of(person).orElseThrow();
		Locale locale = Locale.forLanguageTag(to.language());
		this.mail.send(new OutgoingMail(to.email(), message("outreach.confirm.subject", locale, list.name()),
				message("outreach.confirm.text", locale, to.firstName(), list.name(),
						this.baseUrl + "/subscribe/confirm/" + token)));
	}

	/**
	 * Follows a confirmation link: the person is on the list from now on, and the consent
	 * they gave on the form counts, with the address and agent of the click as its
	 * confirmation.
	 */
	@Transactional
	public Optional<MailingList> confirm(String token, String ipAddress, String userAgent) {
		return this.subscriptions.confirm(Sha256.hex(token), this.clock.instant()).flatMap(subscription -> {
			this.addresses.of(subscription.person())
				.ifPresent(to -> this.suppressions.lift(to.email(), subscription.list()));
			return this.store.byId(subscription.list()).map(list -> {
				if (list.restsOnConsent(this.register.pack())) {
					this.ledger.confirm(subscription.person(), list.activity(), ipAddress, userAgent,
							"confirm:" + list.code());
				}
				return list;
			});
		});
	}

	private String message(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

}
