package org.tutela.people;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.people.person.PersonStore;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalDataCatalogue;

/**
 * Finding and merging persons held twice: the pairs that look like one person, and the
 * merge that keeps one record and moves everything linked to the other onto it. Every
 * merge is recorded in the audit trail.
 */
@Service
public class Duplicates {

	private final PersonStore store;

	private final AuditTrail audit;

	private final PersonalDataCatalogue catalogue;

	Duplicates(PersonStore store, AuditTrail audit, PersonalDataCatalogue catalogue) {
		this.store = store;
		this.audit = audit;
		this.catalogue = catalogue;
	}

	@PreAuthorize("hasAuthority('people.manage')")
	@Transactional(readOnly = true)
	public List<PossibleDuplicate> possibleDuplicates(int limit) {
		return this.store.duplicates(limit);
	}

	/** The persons the given one may be held twice with, and why. */
	@PreAuthorize("hasAuthority('people.manage')")
	@Transactional(readOnly = true)
	public List<PossibleDuplicate> possibleDuplicatesOf(PersonId person) {
		return this.store.duplicates(person, 20);
	}

	/**
	 * Merges {@code removed} into {@code kept}: every module moves what it links to the
	 * removed person over to the kept one, then the removed person is deleted.
	 */
	@PreAuthorize("hasAuthority('people.manage')")
	@Transactional
	public Person merge(PersonId kept, PersonId removed) {
		if (kept.equals(removed)) {
			throw new SamePerson(kept);
		}
		for (PersonId id : List.of(kept, removed)) {
			if (!this.store.exists(id)) {
				throw new PersonNotFound(id);
			}
		}
		this.catalogue.reassign(removed, kept);
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, kept, "merged with a duplicate record"));
		this.audit.record(AuditEvent.of(AuditAction.DELETE, removed, "merged into another record"));
		return this.store.find(kept).orElseThrow();
	}

}
