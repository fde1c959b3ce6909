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

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.outreach.list.ListStore;
import org.tutela.outreach.list.Subscription.EndReason;
import org.tutela.outreach.list.Subscription;
import org.tutela.outreach.list.Subscriptions;
import org.tutela.outreach.list.Suppressions;
import org.tutela.outreach.send.Audiences;
import org.tutela.people.MailAddresses;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;
import org.tutela.register.Activity;
import org.tutela.register.LegalBasis;
import org.tutela.register.PurposeGuard;
import org.tutela.register.Register;

/**
 * Mailing lists, as staff keep them: lists created under an activity of the pack, the
 * owners of known addresses added to a list that does not rest on consent, and bounces
 * taken off every list. An address that left or was erased is never put back by an
 * import. Joining and leaving are {@link Subscribing} and {@link Unsubscribing}.
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

	private final Audiences audiences;

	private final PurposeGuard guard;

	private final Register register;

	private final MailAddresses addresses;

	private final Clock clock;

	MailingLists(ListStore lists, Subscriptions subscriptions, Suppressions suppressions, Audiences audiences,
			PurposeGuard guard, Register register, MailAddresses addresses, Clock clock) {
		this.lists = lists;
		this.subscriptions = subscriptions;
		this.suppressions = suppressions;
		this.audiences = audiences;
		this.guard = guard;
		this.register = register;
		this.addresses = addresses;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('outreach.manage')")
	@Transactional
	public MailingList create(NewMailingList list) {
		List<FieldError> errors = new ArrayList<>();
		if (list.code() == null || !CODE.matcher(list.code()).matches()) {
			errors.add(new FieldError("code", "list.code"));
		}
		if (list.name() == null || list.name().isBlank()) {
			errors.add(new FieldError("name", "required"));
		}
		TextRule.LINE.check("name", list.name(), errors);
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

	/**
	 * Every list, by name and nothing of who is on it: for outreach, and for the data
	 * protection officer choosing whom a breach is told to.
	 */
	@PreAuthorize("hasAnyAuthority('outreach.manage', 'breaches.manage')")
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
			Optional<PersonId> person = this.addresses.personWith(email);
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
		Optional<PersonId> person = this.addresses.personWith(bounce.email());
		person.ifPresent(owner -> this.subscriptions.ofPerson(owner)
			.forEach(subscription -> this.subscriptions.end(subscription.list(), owner, EndReason.BOUNCED,
					this.clock.instant())));
		return person.isPresent();
	}

}
