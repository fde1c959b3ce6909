package org.tutela.members.privacy;

import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.members.application.MembershipStore;
import org.tutela.people.MailAddresses;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.ErasureMode;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalDataProvider;
import org.tutela.personaldata.PersonalRecord;

/**
 * The members module's part of the catalogue: membership applications and, once accepted,
 * the member records, kept for the purpose {@code membership}, which the pack maps to its
 * membership activity. An erasure removes the person's applications and member records;
 * the organisation stays, with its own dates of membership.
 */
@Component
class MembersPersonalData implements PersonalDataProvider {

	static final String PURPOSE = "membership";

	private static final DeclaredTable APPLICATIONS = DeclaredTable
		.about(DataSubject.PERSON, "members_application", "person_id")
		.plain("id", "person_id", "organisation_id", "language", "decision", "restricted", "end_announced")
		.column("organisation_name", DataCategory.COMPANY, PURPOSE)
		.column("enterprise_number", DataCategory.COMPANY, PURPOSE)
		.column("street", DataCategory.COMPANY, PURPOSE)
		.column("postcode", DataCategory.COMPANY, PURPOSE)
		.column("city", DataCategory.COMPANY, PURPOSE)
		.column("country", DataCategory.COMPANY, PURPOSE)
		.column("first_name", DataCategory.IDENTITY, PURPOSE)
		.column("last_name", DataCategory.IDENTITY, PURPOSE)
		.column("email", DataCategory.CONTACT, PURPOSE)
		.column("job_function", DataCategory.PROFESSIONAL, PURPOSE)
		.column("fingerprint", DataCategory.PSEUDONYM, PURPOSE)
		.column("received_at", DataCategory.PROVENANCE, PURPOSE)
		.column("received_on", DataCategory.PROVENANCE, PURPOSE)
		.column("decided_on", DataCategory.PROVENANCE, PURPOSE)
		.column("decided_by", DataCategory.PROVENANCE, PURPOSE)
		.column("reason", DataCategory.PROFESSIONAL, PURPOSE)
		.column("member_from", DataCategory.PROFESSIONAL, PURPOSE)
		.column("member_until", DataCategory.PROFESSIONAL, PURPOSE)
		.build();

	private final MembershipStore store;

	private final MailAddresses addresses;

	MembersPersonalData(MembershipStore store, MailAddresses addresses) {
		this.store = store;
		this.addresses = addresses;
	}

	@Override
	public String module() {
		return "members";
	}

	@Override
	public List<DeclaredTable> tables() {
		return List.of(APPLICATIONS);
	}

	@Override
	public List<PersonalRecord> export(PersonId person) {
		return this.store.rowsAbout(person, this.addresses.onlyOf(person))
			.stream()
			.map(row -> APPLICATIONS.record(null, row))
			.toList();
	}

	/**
	 * Applications and member records are deleted, never kept anonymised: without the
	 * person they say nothing the organisation's own record does not. Those sent from an
	 * address only this person holds go too, though the form registered no one.
	 */
	@Override
	public void erase(PersonId person, ErasureMode mode) {
		this.store.deletePerson(person, this.addresses.onlyOf(person));
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
