package org.tutela.billing.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tutela.billing.Parties;
import org.tutela.billing.collection.HandOverStore;
import org.springframework.context.annotation.Bean;
import org.tutela.billing.party.PartyStore;
import org.tutela.billing.payment.PaymentStore;
import org.tutela.platform.crypto.EncryptedColumn;
import org.tutela.personaldata.Anchor;
import org.tutela.personaldata.DataCategory;
import org.tutela.personaldata.DataSubject;
import org.tutela.personaldata.DeclaredTable;
import org.tutela.personaldata.ErasureMode;
import org.tutela.personaldata.PersonId;
import org.tutela.personaldata.PersonalDataProvider;
import org.tutela.personaldata.PersonalRecord;

/**
 * The billing module's part of the catalogue: the clients' billing details, where private
 * persons receive invoices, and the invoices with their lines, whose buyer may be a
 * private person and whose lines name the participants. An issued invoice is an
 * accounting document the law keeps (Belgium: ten years from the first of January after
 * the year's end, Law of 20 November 2022; the Netherlands: seven years, AWR Art. 52(4)):
 * an erasure leaves it as issued, and takes the person out of drafts and of the details
 * kept for invoices to come. Until when an invoice is kept is for the retention rules,
 * counted from its date ({@link ExpiringInvoices}).
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
		.column("kmo_project", DataCategory.COMPANY, BILLING)
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

	static final DeclaredTable INVOICE = DeclaredTable.about(DataSubject.PERSON, "billing_invoice", "person_id")
		.plain("id", "person_id", "organisation_id", "billing_month", "language", "drafted_at", "invoice_year",
				"sequence_number", "currency", "iban", "bic", "seller_name", "seller_street", "seller_postcode",
				"seller_city", "seller_country", "seller_vat_number", "seller_enterprise_number",
				"seller_peppol_scheme", "seller_peppol_value", "net_cents", "vat_cents", "issued_at", "kind",
				"corrects_id", "anonymised_on", "membership_year")
		.column("number", DataCategory.FINANCIAL, BILLING)
		.column("issue_date", DataCategory.FINANCIAL, BILLING)
		.column("due_date", DataCategory.FINANCIAL, BILLING)
		.column("payment_reference", DataCategory.FINANCIAL, BILLING)
		.column("buyer_reference", DataCategory.FINANCIAL, BILLING)
		.column("order_reference", DataCategory.FINANCIAL, BILLING)
		.column("kmo_project", DataCategory.FINANCIAL, BILLING)
		.column("payable_cents", DataCategory.FINANCIAL, BILLING)
		.column("ubl", DataCategory.FINANCIAL, BILLING)
		.column("pdf", DataCategory.FINANCIAL, BILLING)
		.column("credit_reason", DataCategory.FINANCIAL, BILLING)
		.column("buyer_name", DataCategory.IDENTITY, BILLING)
		.column("buyer_street", DataCategory.CONTACT, BILLING)
		.column("buyer_postcode", DataCategory.CONTACT, BILLING)
		.column("buyer_city", DataCategory.CONTACT, BILLING)
		.column("buyer_country", DataCategory.CONTACT, BILLING)
		.column("buyer_email", DataCategory.CONTACT, BILLING)
		.column("buyer_vat_number", DataCategory.COMPANY, BILLING)
		.column("buyer_enterprise_number", DataCategory.COMPANY, BILLING)
		.column("buyer_peppol_scheme", DataCategory.COMPANY, BILLING)
		.column("buyer_peppol_value", DataCategory.COMPANY, BILLING)
		.column("drafted_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
		.column("issued_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
		.build();

	static final DeclaredTable LINE = DeclaredTable.about(DataSubject.PERSON, "billing_invoice_line", "participant_id")
		.references("enrolment_registration")
		.plain("invoice_id", "position", "registration_id", "participant_id", "quantity", "unit_price_cents",
				"vat_category", "vat_rate", "exemption_code", "exemption_reason", "credited_invoice_id",
				"credited_position")
		.column("description", DataCategory.IDENTITY, BILLING)
		.build();

	/**
	 * The bank statements imported: the bank's id, the organisation's own account, who
	 * imported it.
	 */
	static final DeclaredTable STATEMENT = DeclaredTable.about(DataSubject.STAFF, "billing_statement", null)
		.plain("id", "statement_id", "account", "imported_at")
		.column("imported_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
		.build();

	/**
	 * The transfers received: who paid (often a company, but a private person's name and
	 * account too) and what they wrote; the account and the text are encrypted. A
	 * transfer is an accounting record and stays with the invoice it pays.
	 */
	static final DeclaredTable PAYMENT = DeclaredTable.about(DataSubject.PERSON, "billing_payment", null)
		.references("billing_invoice")
		.plain("id", "statement_id", "entry_reference", "booked_on", "amount_cents", "status", "invoice_id",
				"matched_at")
		.column("debtor_name", DataCategory.IDENTITY, BILLING)
		.column("debtor_iban_cipher", DataCategory.FINANCIAL, BILLING)
		.column("reference", DataCategory.FINANCIAL, BILLING)
		.column("remittance_cipher", DataCategory.FINANCIAL, BILLING)
		.column("matched_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
		.build();

	static final DeclaredTable REMINDER = DeclaredTable.withoutPersonalData("billing_reminder")
		.plain("invoice_id", "step", "sent_at")
		.build();

	/**
	 * Each sending of an issued document: to the buyer's address for invoices, which for
	 * a private person is theirs, or to its Peppol participant id. Kept with the invoice
	 * as the record that it was sent.
	 */
	static final DeclaredTable SENDING = DeclaredTable.about(DataSubject.PERSON, "billing_sending", null)
		.references("billing_invoice")
		.plain("id", "invoice_id", "channel", "status", "sent_at", "answered_at")
		.column("recipient", DataCategory.CONTACT, BILLING)
		.column("reason", DataCategory.FINANCIAL, BILLING)
		.column("sent_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
		.build();

	/**
	 * Each invoice handed over for collection: to which collection agent of the pack,
	 * when, by whom, and when it was settled. Kept with the invoice as the record of the
	 * disclosure.
	 */
	static final DeclaredTable HAND_OVER = DeclaredTable.about(DataSubject.PERSON, "billing_hand_over", null)
		.references("billing_invoice")
		.plain("invoice_id")
		.column("recipient", DataCategory.FINANCIAL, BILLING)
		.column("handed_at", DataCategory.FINANCIAL, BILLING)
		.column("settled_at", DataCategory.FINANCIAL, BILLING)
		.column("handed_by", DataCategory.ACCOUNT, ACCOUNTABILITY)
		.build();

	static final DeclaredTable COUNTER = DeclaredTable.withoutPersonalData("billing_invoice_counter")
		.plain("invoice_year", "last_number")
		.build();

	private final PartyStore parties;

	private final InvoiceRecords invoices;

	private final PaymentStore payments;

	private final HandOverStore handOvers;

	BillingPersonalData(PartyStore parties, InvoiceRecords invoices, PaymentStore payments, HandOverStore handOvers) {
		this.parties = parties;
		this.invoices = invoices;
		this.payments = payments;
		this.handOvers = handOvers;
	}

	@Override
	public String module() {
		return "billing";
	}

	@Override
	public List<DeclaredTable> tables() {
		return List.of(CLIENT, PRIVATE_PARTY, INVOICE, LINE, SENDING, COUNTER, STATEMENT, PAYMENT, REMINDER, HAND_OVER);
	}

	/**
	 * Where the person receives invoices, the invoices and credit notes for them with
	 * each sending of them, the lines of others' invoices that name them as a
	 * participant, the transfers that paid their invoices, with the account decrypted,
	 * and the hand-overs for collection of the invoices that name them.
	 */
	@Override
	public List<PersonalRecord> export(PersonId person) {
		List<PersonalRecord> records = new ArrayList<>();
		this.parties.rowAbout(person).forEach(row -> records.add(PRIVATE_PARTY.record("billing details", row)));
		this.invoices.invoicesFor(person).forEach(row -> records.add(INVOICE.record("invoice", row)));
		this.invoices.linesNaming(person).forEach(row -> records.add(LINE.record("invoice line", row)));
		this.invoices.sendingsFor(person).forEach(row -> records.add(SENDING.record("invoice sent", row)));
		this.payments.paidOnInvoicesFor(person).forEach(row -> records.add(PAYMENT.record("payment", row)));
		this.handOvers.handedOverFor(person)
			.forEach(row -> records.add(HAND_OVER.record("invoice handed over for collection", row)));
		return records;
	}

	/**
	 * Takes the person out of drafts and of the details kept for invoices to come, in
	 * either mode; issued invoices stay as issued (see above).
	 */
	@Override
	public void erase(PersonId person, ErasureMode mode) {
		this.invoices.eraseFromDrafts(person);
		this.parties.forget(person);
	}

	@Override
	public void restrict(PersonId person, boolean restricted) {
		// Billing sends nothing of its own accord: finance reads invoices, and issued
		// ones stay as issued.
	}

	/**
	 * The date of the latest issued invoice or credit note that still names the person:
	 * the accounting rule counts from it.
	 */
	@Override
	public Map<Anchor, LocalDate> anchors(PersonId person) {
		return this.invoices.lastIssueNaming(person).map(last -> Map.of(Anchor.INVOICE_DATE, last)).orElseGet(Map::of);
	}

	@Override
	public void reassign(PersonId from, PersonId into) {
		this.invoices.reassign(from, into);
		this.parties.reassign(from, into);
	}

	@Bean
	static EncryptedColumn paymentDebtorAccounts() {
		return PaymentStore.DEBTOR_IBAN;
	}

	@Bean
	static EncryptedColumn paymentTexts() {
		return PaymentStore.REMITTANCE;
	}

}
