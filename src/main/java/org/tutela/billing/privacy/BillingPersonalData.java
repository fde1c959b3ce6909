package org.tutela.billing.privacy;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.tutela.billing.Parties;
import org.tutela.billing.party.PartyStore;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.ErasureMode;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalDataProvider;
import org.tutela.personaldata.PersonalRecord;

/**
 * The billing module's part of the catalogue: the clients' billing details, and where
 * private persons receive invoices; an erasure takes the person out of the details kept
 * for invoices to come.
 */
@Component
class BillingPersonalData implements PersonalDataProvider {

	private static final String BILLING = Parties.PURPOSE;

	private static final String ACCOUNTABILITY = "accountability";

	static final DeclaredTable CLIENT = DeclaredTable
		.about(DataSubject.ORGANISATION, "billing_party", "organisation_id")
		.plain("organisation_id", "changed_at")
		.column("payment_method", DataCategory.COMPANY, BILLING)
		.column("peppol_scheme", DataCategory.COMPANY, BILLING)
		.column("peppol_value", DataCategory.COMPANY, BILLING)
		.column("vat_number", DataCategory.COMPANY, BILLING)
		.column("buyer_reference", DataCategory.COMPANY, BILLING)
		.column("order_reference", DataCategory.COMPANY, BILLING)
		.column("language", DataCategory.COMPANY, BILLING)
		.column("invoice_email", DataCategory.CONTACT, BILLING)
		.column("changed_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
		.build();

	static final DeclaredTable PRIVATE_PARTY = DeclaredTable
		.about(DataSubject.PERSON, "billing_private_party", "person_id")
		.plain("person_id", "changed_at")
		.column("street", DataCategory.CONTACT, BILLING)
		.column("postcode", DataCategory.CONTACT, BILLING)
		.column("city", DataCategory.CONTACT, BILLING)
		.column("country", DataCategory.CONTACT, BILLING)
		.column("email", DataCategory.CONTACT, BILLING)
		.column("changed_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
		.build();

	private final PartyStore parties;

	BillingPersonalData(PartyStore parties) {
		this.parties = parties;
	}

	@Override
	public String module() {
		return "billing";
	}

	@Override
	public List<DeclaredTable> tables() {
		return List.of(CLIENT, PRIVATE_PARTY);
	}

	/** Where the person receives invoices. */
	@Override
	public List<PersonalRecord> export(PersonId person) {
		List<PersonalRecord> records = new ArrayList<>();
		this.parties.rowAbout(person).forEach(row -> records.add(PRIVATE_PARTY.record("billing details", row)));
		return records;
	}

	/** Takes the person out of the details kept for invoices to come, in either mode. */
	@Override
	public void erase(PersonId person, ErasureMode mode) {
		this.parties.forget(person);
	}

	@Override
	public void restrict(PersonId person, boolean restricted) {
		// Billing sends nothing of its own accord.
	}

	@Override
	public void reassign(PersonId from, PersonId into) {
		this.parties.reassign(from, into);
	}

}
