package org.tutela.inquiries.privacy;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.inquiries.message.MessageStore;
import org.tutela.people.MailAddresses;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.ErasureMode;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalDataProvider;
import org.tutela.personaldata.PersonalRecord;

/**
 * The inquiries module's part of the catalogue: contact messages and information requests
 * with their answers, kept for the purpose {@code inquiries}, which the pack maps to the
 * activity that answers them. An erasure removes a person's messages with their threads.
 */
@Component
class InquiriesPersonalData implements PersonalDataProvider {

	static final String PURPOSE = "inquiries";

	/**
	 * Messages and their answers are read in the inbox by those who answer them; a
	 * person's page shows them to those only.
	 */
	private static final String READERS = "inquiries.answer";

	private static final DeclaredTable MESSAGES = DeclaredTable
		.about(DataSubject.PERSON, "inquiries_message", "person_id")
		.plain("id", "kind", "course_id", "person_id", "organisation_id", "route_account", "route_role", "language",
				"restricted")
		.column("subject", DataCategory.CONTACT, PURPOSE)
		.column("sender_name", DataCategory.IDENTITY, PURPOSE)
		.column("sender_email", DataCategory.CONTACT, PURPOSE)
		.column("sender_organisation", DataCategory.PROFESSIONAL, PURPOSE)
		.column("sender_phone", DataCategory.CONTACT, PURPOSE)
		.column("body", DataCategory.CONTACT, PURPOSE)
		.column("fingerprint", DataCategory.PSEUDONYM, PURPOSE)
		.column("received_at", DataCategory.PROVENANCE, PURPOSE)
		.column("received_on", DataCategory.PROVENANCE, PURPOSE)
		.column("closed_on", DataCategory.PROVENANCE, PURPOSE)
		.column("closed_by", DataCategory.PROVENANCE, PURPOSE)
		.readWith(READERS)
		.build();

	private static final DeclaredTable REPLIES = DeclaredTable.about(DataSubject.PERSON, "inquiries_reply", null)
		.references("inquiries_message")
		.plain("id", "message_id")
		.column("body", DataCategory.CONTACT, PURPOSE)
		.column("sent_by", DataCategory.PROVENANCE, PURPOSE)
		.column("sent_at", DataCategory.PROVENANCE, PURPOSE)
		.readWith(READERS)
		.build();

	private final MessageStore store;

	private final MailAddresses addresses;

	InquiriesPersonalData(MessageStore store, MailAddresses addresses) {
		this.store = store;
		this.addresses = addresses;
	}

	@Override
	public String module() {
		return "inquiries";
	}

	@Override
	public List<DeclaredTable> tables() {
		return List.of(MESSAGES, REPLIES);
	}

	@Override
	public List<PersonalRecord> export(PersonId person) {
		List<PersonalRecord> records = new ArrayList<>();
		this.store.rowsAbout(person, this.addresses.onlyOf(person))
			.forEach(row -> records.add(MESSAGES.record(null, row)));
		this.store.replyRowsAbout(person, this.addresses.onlyOf(person))
			.forEach(row -> records.add(REPLIES.record(null, row)));
		return records;
	}

	/**
	 * Messages are deleted, never kept anonymised: what they say is the person's. Those
	 * sent from an address only this person holds go too, though the form registered no
	 * one.
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
