package org.tutela.outreach;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.consent.Channel;
import org.tutela.consent.ChoiceKind;
import org.tutela.consent.ConsentLedger;
import org.tutela.consent.Evidence;
import org.tutela.consent.Wording;
import org.tutela.outreach.list.Links;
import org.tutela.outreach.list.ListStore;
import org.tutela.outreach.list.Subscription;
import org.tutela.outreach.list.Subscription.EndReason;
import org.tutela.outreach.list.Subscriptions;
import org.tutela.outreach.list.Suppressions;
import org.tutela.outreach.send.Audiences;
import org.tutela.people.Addressee;
import org.tutela.people.MailAddresses;
import org.tutela.people.NewContact;
import org.tutela.people.NewPerson;
import org.tutela.people.Persons;
import org.tutela.people.Provenance;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.mail.MailDelivery;
import org.tutela.platform.mail.OutgoingMail;
import org.tutela.platform.crypto.RandomTokens;
import org.tutela.platform.crypto.Sha256;
import org.tutela.register.Activity;
import org.tutela.register.LegalBasis;
import org.tutela.register.PurposeGuard;
import org.tutela.register.Register;

/**
 * Mailing lists and who is on them. A person joins a consent-based list only by
 * confirming their address (double opt-in), or when staff record their consent; leaves it
 * with one click, at once (MEZ-12); and an address that left or was erased is never put
 * back by an import. Every choice goes to the consent ledger with its evidence.
 */
@Service
public class MailingLists {

	private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,59}");

	private static final Set<LegalBasis> MARKETING_BASES = EnumSet.of(LegalBasis.CONSENT,
			LegalBasis.LEGITIMATE_INTERESTS);

	private static final Set<LegalBasis> LEGAL_BASES = EnumSet.of(LegalBasis.LEGAL_OBLIGATION, LegalBasis.CONTRACT);

	private final ListStore lists;

	private final Subscriptions subscriptions;

	private final Suppressions suppressions;

	private final Links links;

	private final Audiences audiences;

	private final ConsentLedger ledger;

	private final PurposeGuard guard;

	private final Register register;

	private final Persons persons;

	private final MailAddresses addresses;

	private final MailDelivery mail;

	private final MessageSource messages;

	private final Clock clock;

	private final String baseUrl;

	MailingLists(ListStore lists, Subscriptions subscriptions, Suppressions suppressions, Links links,
			Audiences audiences, ConsentLedger ledger, PurposeGuard guard, Register register, Persons persons,
			MailAddresses addresses, MailDelivery mail, MessageSource messages, Clock clock,
			@Value("${tutela.base-url}") String baseUrl) {
		this.lists = lists;
		this.subscriptions = subscriptions;
		this.suppressions = suppressions;
		this.links = links;
		this.audiences = audiences;
		this.ledger = ledger;
		this.guard = guard;
		this.register = register;
		this.persons = persons;
		this.addresses = addresses;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
		this.baseUrl = baseUrl;
	}

	@PreAuthorize("hasAuthority('outreach.manage')")
	@Transactional
	public MailingList create(NewMailingList list) {
		List<FieldError> errors = new ArrayList<>();
		if (list.code() == null || !CODE.matcher(list.code()).matches()) {
			errors.add(new FieldError("code", "list.code"));
		}
		if (list.name() == null || list.name().isBlank() || list.name().length() > 200) {
			errors.add(new FieldError("name", list.name() == null || list.name().isBlank() ? "required" : "too-long"));
		}
		Optional<Activity> activity = list.activity() == null ? Optional.empty()
				: this.register.pack().activity(list.activity());
		if (activity.isEmpty()) {
			errors.add(new FieldError("activity", "list.activity"));
		}
		if (list.category() == null) {
			errors.add(new FieldError("category", "required"));
		}
		else if (activity.isPresent() && !(list.category() == ListCategory.MARKETING ? MARKETING_BASES : LEGAL_BASES)
			.contains(activity.get().basis())) {
			errors.add(new FieldError("activity", "list.basis-" + list.category().name().toLowerCase(Locale.ROOT)));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		MailingList created = new MailingList(UUID.randomUUID(), list.code(), list.name().strip(), list.activity(),
				list.category());
		this.lists.insert(created, this.clock.instant());
		return created;
	}

	@PreAuthorize("hasAuthority('outreach.manage')")
	@Transactional(readOnly = true)
	public List<MailingList> all() {
		return this.lists.all();
	}

	/** How many the list reaches now. */
	@PreAuthorize("hasAuthority('outreach.manage')")
	@Transactional(readOnly = true)
	public int reach(MailingList list) {
		return this.audiences.count(list);
	}

	/** A list that is open to the public, for its subscription form. */
	@Transactional(readOnly = true)
	public MailingList open(String code) {
		return this.lists.byCode(code).orElseThrow(() -> new ListNotFound(code));
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
		MailingList list = open(code);
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
		UUID person = this.addresses.personWith(request.email())
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
			return this.lists.byId(subscription.list()).map(list -> {
				if (list.restsOnConsent(this.register.pack())) {
					this.ledger.confirm(subscription.person(), list.activity(), ipAddress, userAgent,
							"confirm:" + list.code());
				}
				return list;
			});
		});
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
		UUID person = this.links.readPreferences(token).orElseThrow(() -> new ListNotFound("preferences"));
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

	/**
	 * Adds the owners of these addresses to a list resting on legitimate interest or the
	 * law; a suppressed address is never added again, and unknown addresses are reported,
	 * not created.
	 */
	@PreAuthorize("hasAuthority('outreach.manage')")
	@Transactional
	public ImportReport add(String code, List<String> emails) {
		MailingList list = open(code);
		if (list.restsOnConsent(this.register.pack())) {
			throw new ConsentListImport(code);
		}
		int added = 0;
		int alreadyOn = 0;
		List<String> suppressed = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String email : emails) {
			Optional<UUID> person = this.addresses.personWith(email);
			if (this.suppressions.suppressed(email, list.id())) {
				suppressed.add(email);
			}
			else if (person.isEmpty()) {
				unknown.add(email);
			}
			else if (this.subscriptions.status(list.id(), person.get()).orElse(null) == Subscription.Status.ACTIVE) {
				alreadyOn++;
			}
			else if (list.category() == ListCategory.MARKETING
					&& !this.guard.check(person.get(), list.activity()).allowed()) {
				suppressed.add(email);
			}
			else {
				this.subscriptions.put(list.id(), person.get(), null, this.clock.instant());
				added++;
			}
		}
		return new ImportReport(added, alreadyOn, suppressed, unknown);
	}

	/**
	 * Several bounces at once, as a delivery status report lists them; the number of
	 * addresses taken off.
	 */
	@PreAuthorize("hasAuthority('outreach.manage')")
	@Transactional
	public int bounced(List<Bounce> bounces) {
		int removed = 0;
		for (Bounce bounce : bounces) {
			removed += bounced(bounce) ? 1 : 0;
		}
		return removed;
	}

	/**
	 * A message came back. A permanent failure makes the address invalid (CES-2): its
	 * owner leaves every list and the address is suppressed for all of them; a temporary
	 * one changes nothing. Returns whether an address Tutela knows was taken off.
	 */
	@PreAuthorize("hasAuthority('outreach.manage')")
	@Transactional
	public boolean bounced(Bounce bounce) {
		if (!bounce.permanent() || bounce.email() == null || bounce.email().isBlank()) {
			return false;
		}
		this.suppressions.add(bounce.email(), null, Suppressions.Reason.BOUNCED, this.clock.instant());
		Optional<UUID> person = this.addresses.personWith(bounce.email());
		person.ifPresent(owner -> this.subscriptions.ofPerson(owner)
			.forEach(subscription -> this.subscriptions.end(subscription.list(), owner, EndReason.BOUNCED,
					this.clock.instant())));
		return person.isPresent();
	}

	private void leave(MailingList list, UUID person, String ipAddress, String userAgent) {
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

	private String message(String code, Locale locale, Object... arguments) {
		return this.messages.getMessage(code, arguments, locale);
	}

}
