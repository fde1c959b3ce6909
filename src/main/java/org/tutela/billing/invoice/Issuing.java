package org.tutela.billing.invoice;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.billing.DocumentKind;
import org.tutela.billing.Invoice;
import org.tutela.billing.IssuedInvoice;
import org.tutela.billing.StructuredReference;
import org.tutela.billing.collection.Settling;
import org.tutela.billing.document.InvoiceDocuments;
import org.tutela.billing.party.KmoPortefeuille;
import org.tutela.identity.Caller;

/**
 * Issues a draft: the year's next number, the invoice as the seller and buyer are today,
 * due {@code tutela.billing.payment-days} after it is issued, with a structured
 * communication made of its year and number; then its documents, and all of it kept in
 * the same transaction. When the documents break a rule, nothing is kept and the number
 * goes to the next invoice.
 */
@Component
public class Issuing {

	private static final String CURRENCY = "EUR";

	private final DraftStore drafts;

	private final IssuedStore issued;

	private final InvoiceCounter counter;

	private final Buyers buyers;

	private final Seller seller;

	private final InvoiceDocuments documents;

	private final LineWording wording;

	private final AuditTrail audit;

	private final Clock clock;

	private final int paymentDays;

	private final Settling settling;

	private final KmoPortefeuille kmoPortefeuille;

	Issuing(DraftStore drafts, IssuedStore issued, InvoiceCounter counter, Buyers buyers, Seller seller,
			InvoiceDocuments documents, LineWording wording, AuditTrail audit, Clock clock,
			@Value("${tutela.billing.payment-days:30}") int paymentDays, Settling settling,
			KmoPortefeuille kmoPortefeuille) {
		this.settling = settling;
		this.kmoPortefeuille = kmoPortefeuille;
		this.drafts = drafts;
		this.issued = issued;
		this.counter = counter;
		this.buyers = buyers;
		this.seller = seller;
		this.documents = documents;
		this.wording = wording;
		this.audit = audit;
		this.clock = clock;
		this.paymentDays = paymentDays;
	}

	/**
	 * Issues the draft; a credit note takes its number from the same series as invoices
	 * (decision 017), names the invoice it corrects with its date, and is due the day it
	 * is issued.
	 */
	public IssuedInvoice issue(UUID id) {
		Draft draft = this.drafts.open(id);
		LocalDate today = LocalDate.now(this.clock);
		int sequence = this.counter.next(today.getYear());
		String number = String.format("%d-%05d", today.getYear(), sequence);
		BuyerParty buyer = this.buyers.of(draft.buyer());
		IssuedStore.Corrected corrected = draft.corrects() == null ? null : this.issued.corrected(draft.corrects());
		boolean credit = draft.kind() == DocumentKind.CREDIT_NOTE;
		Invoice invoice = new Invoice(draft.kind(), number, today, credit ? today : today.plusDays(this.paymentDays),
				CURRENCY, this.seller.party(), buyer.party(), buyer.buyerReference(number), buyer.orderReference(),
				corrected == null ? null : corrected.number(), corrected == null ? null : corrected.issueDate(),
				StructuredReference.of(today.getYear() * 1_000_000L + sequence), this.seller.iban(), this.seller.bic(),
				draft.language(), this.drafts.lines(id), note(draft, buyer));
		this.issued.issue(id, sequence, invoice, credit ? null : buyer.kmoProject(), this.documents.produce(invoice),
				Caller.name(), this.clock.instant());
		this.audit.record(AuditEvent.of(AuditAction.UPDATE, draft.buyer().person(),
				(credit ? "credit note " : "invoice ") + number + " issued"));
		if (draft.corrects() != null) {
			this.settling.paidOrCredited(draft.corrects());
		}
		return new IssuedInvoice(id, number, invoice.issueDate(), invoice.dueDate(), buyer.party().name(),
				invoice.payableCents(), invoice.paymentReference().toString(), draft.kind(), invoice.corrects());
	}

	/**
	 * What the document notes: why a credit note is issued; for an invoice paid through
	 * the KMO-portefeuille, the client's project and the organiser's registration.
	 */
	private @Nullable String note(Draft draft, BuyerParty buyer) {
		Locale locale = this.wording.locale(draft.language());
		if (draft.kind() == DocumentKind.CREDIT_NOTE) {
			return this.wording.creditNote(draft.reason(), locale);
		}
		String registration = this.kmoPortefeuille.registration();
		return buyer.kmoProject() == null || registration == null ? null
				: this.wording.kmoPortefeuille(buyer.kmoProject(), registration, locale);
	}

}
