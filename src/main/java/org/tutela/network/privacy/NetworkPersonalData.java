package org.tutela.network.privacy;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.network.contact.ContactStore;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.ErasureMode;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalDataProvider;
import org.tutela.personaldata.PersonalRecord;

/**
 * The network module's part of the catalogue: contact records, interests, meetings and
 * the matches a member asked for, kept for the purpose {@code network}, which the pack
 * maps to its network relations (VCK-1). An erasure removes them all; the name the pack
 * keeps after an erasure is the people module's (VCK-12).
 */
@Component
class NetworkPersonalData implements PersonalDataProvider {

	static final String PURPOSE = "network";

	/**
	 * The network's records are read by those who keep its relations; a person's page
	 * shows them to those only.
	 */
	private static final String READERS = "outreach.manage";

	private static final DeclaredTable CONTACTS = DeclaredTable
		.about(DataSubject.PERSON, "network_contact", "person_id")
		.plain("person_id", "restricted")
		.column("began", DataCategory.PROVENANCE, PURPOSE)
		.column("began_on", DataCategory.PROVENANCE, PURPOSE)
		.column("website", DataCategory.COMPANY, PURPOSE)
		.column("private_street", DataCategory.CONTACT, PURPOSE)
		.column("private_postcode", DataCategory.CONTACT, PURPOSE)
		.column("private_city", DataCategory.CONTACT, PURPOSE)
		.column("private_country", DataCategory.CONTACT, PURPOSE)
		.column("private_consent_wording", DataCategory.PROVENANCE, PURPOSE)
		.column("private_consent_proof", DataCategory.PROVENANCE, PURPOSE)
		.column("private_consent_at", DataCategory.PROVENANCE, PURPOSE)
		.column("recorded_at", DataCategory.PROVENANCE, PURPOSE)
		.readWith(READERS)
		.build();

	private static final DeclaredTable INTERESTS = DeclaredTable
		.about(DataSubject.PERSON, "network_interest", "person_id")
		.plain("id", "person_id")
		.column("kind", DataCategory.PROFESSIONAL, PURPOSE)
		.column("subject", DataCategory.PROFESSIONAL, PURPOSE)
		.column("subject_key", DataCategory.PROFESSIONAL, PURPOSE)
		.column("recorded_at", DataCategory.PROVENANCE, PURPOSE)
		.readWith(READERS)
		.build();

	private static final DeclaredTable MEETINGS = DeclaredTable
		.about(DataSubject.PERSON, "network_meeting", "person_id")
		.plain("id", "person_id")
		.column("held_on", DataCategory.PROFESSIONAL, PURPOSE)
		.column("agreed", DataCategory.PROFESSIONAL, PURPOSE)
		.column("recorded_by", DataCategory.PROVENANCE, PURPOSE)
		.column("recorded_at", DataCategory.PROVENANCE, PURPOSE)
		.readWith(READERS)
		.build();

	/**
	 * The matches a member asked for: the names given to them are in the disclosure log;
	 * here that they received them, for their organisation (VCK-8).
	 */
	private static final DeclaredTable MATCHES = DeclaredTable.about(DataSubject.PERSON, "network_match", "person_id")
		.plain("disclosure_id", "person_id")
		.column("organisation_id", DataCategory.COMPANY, PURPOSE)
		.column("subject", DataCategory.PROFESSIONAL, PURPOSE)
		.column("named", DataCategory.PROFESSIONAL, PURPOSE)
		.column("matched_at", DataCategory.PROVENANCE, PURPOSE)
		.readWith(READERS)
		.build();

	private final ContactStore store;

	NetworkPersonalData(ContactStore store) {
		this.store = store;
	}

	@Override
	public String module() {
		return "network";
	}

	@Override
	public List<DeclaredTable> tables() {
		return List.of(CONTACTS, INTERESTS, MEETINGS, MATCHES);
	}

	@Override
	public List<PersonalRecord> export(PersonId person) {
		List<PersonalRecord> records = new ArrayList<>();
		this.store.contact(person).ifPresent(row -> records.add(CONTACTS.record(null, row)));
		this.store.interests(person).forEach(row -> records.add(INTERESTS.record(null, row)));
		this.store.meetings(person).forEach(row -> records.add(MEETINGS.record(null, row)));
		this.store.matches(person).forEach(row -> records.add(MATCHES.record(null, row)));
		return records;
	}

	@Override
	public void erase(PersonId person, ErasureMode mode) {
		this.store.delete(person);
	}

	@Override
	public void restrict(PersonId person, boolean restricted) {
		this.store.restrict(person, restricted);
	}

	@Override
	public void reassign(PersonId from, PersonId into) {
		this.store.reassign(from, into);
	}

}
