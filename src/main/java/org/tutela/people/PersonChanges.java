package org.tutela.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.identity.PersonAccess;
import org.tutela.people.person.CheckedPerson;
import org.tutela.people.person.CheckedPerson.CheckedContact;
import org.tutela.people.person.CheckedPerson.ContactKind;
import org.tutela.people.person.PersonChecks;
import org.tutela.people.person.PersonStore;
import org.tutela.personaldata.PersonId;

/**
 * Staff changing a person's record: every rule of a new record applies, the e-mail
 * addresses and phone numbers given replace those held, an identification number given
 * replaces the one of its kind, and the fields that changed are recorded in the audit
 * trail. Where the data came from stays as it was.
 */
@Service
public class PersonChanges {

	private final PersonChecks checks;

	private final PersonStore store;

	private final PersonAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	PersonChanges(PersonChecks checks, PersonStore store, PersonAccess access, AuditTrail audit, Clock clock) {
		this.checks = checks;
		this.store = store;
		this.access = access;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize("hasAuthority('people.manage')")
	@Transactional
	public Person change(PersonId id, NewPerson changed) {
		this.access.checkMayOpen(id);
		Person held = this.store.find(id).orElseThrow(() -> new PersonNotFound(id));
		CheckedPerson checked = this.checks.checkFields(new NewPerson(changed.firstName(), changed.secondName(),
				changed.lastName(), changed.birthDate(), changed.language(), changed.jobFunction(), held.provenance(),
				changed.emails(), changed.phones(), changed.identifiers()));
		List<String> fields = changedFields(held, checked);
		if (!fields.isEmpty()) {
			this.store.correct(id, checked);
			this.store.replaceContacts(id, checked.contacts(), this.clock.instant());
			this.store.replaceIdentifiers(id, checked.identifiers());
			this.audit.record(AuditEvent.of(AuditAction.UPDATE, id, "changed by staff: " + String.join(", ", fields)));
		}
		return this.store.find(id).orElseThrow();
	}

	private static List<String> changedFields(Person held, CheckedPerson checked) {
		List<String> changed = new ArrayList<>();
		compare("firstName", held.firstName(), checked.firstName(), changed);
		compare("secondName", held.secondName(), checked.secondName(), changed);
		compare("lastName", held.lastName(), checked.lastName(), changed);
		compare("birthDate", held.birthDate(), checked.birthDate(), changed);
		compare("language", held.language(), checked.language(), changed);
		compare("jobFunction", held.jobFunction(), checked.jobFunction(), changed);
		compare("emails", held.emails(), contacts(checked, ContactKind.EMAIL), changed);
		compare("phones", held.phones(), contacts(checked, ContactKind.PHONE), changed);
		if (!checked.identifiers().isEmpty()) {
			changed.add("identifiers");
		}
		return changed;
	}

	private static List<Contact> contacts(CheckedPerson person, ContactKind kind) {
		return person.contacts()
			.stream()
			.filter(contact -> contact.kind() == kind)
			.map((CheckedContact contact) -> new Contact(contact.value(), contact.usage()))
			.sorted(Comparator.comparing(Contact::usage).thenComparing(Contact::value))
			.toList();
	}

	private static void compare(String field, @Nullable Object before, @Nullable Object after, List<String> changed) {
		if (!Objects.equals(before, after)) {
			changed.add(field);
		}
	}

}
