package org.tutela.network;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
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
 * member, with every person named.
 */
@Service
public class ExpertiseMatching {

	private static final List<String> CATEGORIES = List.of("identity", "professional", "company");

	private final ContactStore store;

	private final Persons persons;

	private final Organisations organisations;

	private final PurposeGuard guard;

	private final Disclosures disclosures;

	private final AuditTrail audit;

	ExpertiseMatching(ContactStore store, Persons persons, Organisations organisations, PurposeGuard guard,
			Disclosures disclosures, AuditTrail audit) {
		this.store = store;
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
		Disclosure disclosure = named.isEmpty() ? null
				: this.disclosures
					.recordOnBehalf(new NewDisclosure(NetworkContacts.MATCHING, EventParticipantLists.MEMBERS,
							CATEGORIES, named.stream().map(Match.Named::person).toList(), "expertise match"));
		return new Match(asker.fullName(), subject.strip(), named, leftOut,
				disclosure == null ? null : disclosure.id());
	}

}
