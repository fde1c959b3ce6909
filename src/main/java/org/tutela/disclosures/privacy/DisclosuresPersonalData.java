package org.tutela.disclosures.privacy;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.ErasureMode;
import org.tutela.personaldata.PersonalDataProvider;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalRecord;
import org.tutela.disclosures.log.DisclosureLog;

/**
 * The disclosures module's part of the catalogue: to whom a person's data was given (GDPR
 * Art. 15(1)(c)). The disclosure itself stays as proof; erasure takes the person out of
 * it.
 */
@Component
class DisclosuresPersonalData implements PersonalDataProvider {

	private static final DeclaredTable DISCLOSURES = DeclaredTable.about(DataSubject.STAFF, "disclosure", null)
		.plain("id")
		.column("activity", DataCategory.PROVENANCE, "accountability")
		.column("recipient", DataCategory.PROVENANCE, "accountability")
		.column("recipient_type", DataCategory.PROVENANCE, "accountability")
		.column("basis", DataCategory.PROVENANCE, "accountability")
		.column("categories", DataCategory.PROVENANCE, "accountability")
		.column("reference", DataCategory.PROVENANCE, "accountability")
		.column("disclosed_at", DataCategory.PROVENANCE, "accountability")
		.column("disclosed_by", DataCategory.ACCOUNT, "accountability")
		.build();

	private static final DeclaredTable PERSONS = DeclaredTable
		.about(DataSubject.PERSON, "disclosure_person", "person_id")
		.plain("disclosure_id", "person_id")
		.build();

	private final DisclosureLog log;

	DisclosuresPersonalData(DisclosureLog log) {
		this.log = log;
	}

	@Override
	public String module() {
		return "disclosures";
	}

	@Override
	public List<DeclaredTable> tables() {
		return List.of(DISCLOSURES, PERSONS);
	}

	@Override
	public List<PersonalRecord> export(PersonId person) {
		return this.log.rowsAbout(person).stream().map(row -> DISCLOSURES.record("disclosure", row)).toList();
	}

	/**
	 * Both modes take the person out of every disclosure; the disclosure stays as proof
	 * it happened.
	 */
	@Override
	public void erase(PersonId person, ErasureMode mode) {
		this.log.forget(person);
	}

	/**
	 * A disclosure already made is history; restriction stops new ones, through the
	 * purpose guard.
	 */
	@Override
	public void restrict(PersonId person, boolean restricted) {
		// Nothing to mark here.
	}

	@Override
	public void reassign(PersonId from, PersonId into) {
		this.log.reassign(from, into);
	}

}
