package org.tutela.network;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.disclosures.Disclosure;
import org.tutela.disclosures.Disclosures;
import org.tutela.disclosures.NewDisclosure;
import org.tutela.network.contact.ContactStore;
import org.tutela.people.Organisations;
import org.tutela.people.Person;
import org.tutela.people.Persons;
import org.tutela.personaldata.PersonId;
import org.tutela.platform.problem.InvalidInput;
import org.tutela.platform.problem.InvalidInput.FieldError;
import org.tutela.platform.problem.TextRule;
import org.tutela.register.PurposeGuard;

/**
 * Puts a member who asks in touch with members sharing the expertise they look for
 * (VCK-8): the names of those sharing it are passed on, leaving out whoever opted out of
 * being named (an objection to the matching activity) or whose processing is restricted.
 * Each match that names someone is recorded in the disclosure log as given to another
 * member, with every person named and the member's organisation as its reference; the
 * network keeps which member received the names. A member whose processing is restricted
 * (GDPR Art. 18) is not matched.
 */
@Service
public class ExpertiseMatching {

	private static final List<String> CATEGORIES = List.of("identity", "professional", "company");

	/** The longest reference the disclosure log keeps. */
	private static final int REFERENCE_LENGTH = 100;

	private final ContactStore store;

	private final Persons persons;

	private final Organisations organisations;

	private final PurposeGuard guard;

	private final Disclosures disclosures;

	private final AuditTrail audit;

	private final Restrictions restrictions;

	private final Clock clock;

	ExpertiseMatching(ContactStore store, Persons persons, Organisations organisations, PurposeGuard guard,
			Disclosures disclosures, AuditTrail audit, Restrictions restrictions, Clock clock) {
		this.store = store;
		this.restrictions = restrictions;
		this.clock = clock;
		this.persons = persons;
		this.organisations = organisations;
		this.guard = guard;
		this.disclosures = disclosures;
		this.audit = audit;
	}

	/**
	 * The members named to {@code asking} for the expertise {@code subject}, recorded.
	 */
	@PreAuthorize("hasAuthority('people.manage')")
	@Transactional
	public Match match(@Nullable PersonId asking, @Nullable String subject) {
		List<FieldError> errors = new ArrayList<>();
		if (asking == null) {
			errors.add(new FieldError("person", "required"));
		}
		if (subject == null || subject.isBlank()) {
			errors.add(new FieldError("subject", "required"));
		}
		else {
			TextRule.NAME.check("subject", subject, errors);
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		Person asker = this.persons.get(asking);
		this.restrictions.refuse(asking);
		List<Match.Named> named = new ArrayList<>();
		int leftOut = 0;
		for (PersonId expert : this.store.sharing(subject)) {
			if (expert.equals(asking)) {
				continue;
			}
			if (!this.guard.check(expert, NetworkContacts.MATCHING).allowed()) {
				leftOut++;
				continue;
			}
			Person person = this.persons.getFor(expert, NetworkContacts.MATCHING);
			this.audit.record(AuditEvent.read(expert, NetworkContacts.MATCHING, "subject", "job_function"));
			String company = this.organisations.ofContact(expert)
				.stream()
				.findFirst()
				.flatMap(this.organisations::name)
				.orElse(null);
			named.add(new Match.Named(expert, person.fullName(), person.jobFunction(), company));
		}
		if (named.isEmpty()) {
			return new Match(asker.fullName(), null, subject.strip(), named, leftOut, null);
		}
		// The member who receives the names: the log says to whom, by their organisation
		// (no person's name in the log), and the network keeps which of its members
		// asked.
		UUID organisation = this.organisations.ofContact(asking).stream().findFirst().orElse(null);
		String company = organisation == null ? null : this.organisations.name(organisation).orElse(null);
		Disclosure disclosure = this.disclosures
			.recordOnBehalf(new NewDisclosure(NetworkContacts.MATCHING, EventParticipantLists.MEMBERS, CATEGORIES,
					named.stream().map(Match.Named::person).toList(), reference(company)));
		this.store.addMatch(disclosure.id(), asking, organisation, subject.strip(), named.size(), this.clock.instant());
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, asking, "network expertise match received"));
		return new Match(asker.fullName(), company, subject.strip(), named, leftOut, disclosure.id());
	}

	/** The disclosure's reference, at most as long as the log keeps. */
	static String reference(@Nullable String company) {
		String reference = company == null ? "expertise match for a member without a company"
				: "expertise match for a member of " + company.strip();
		return reference.length() <= REFERENCE_LENGTH ? reference : reference.substring(0, REFERENCE_LENGTH);
	}

}
