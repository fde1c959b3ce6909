package org.tutela.billing.invoice;

import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tutela.audit.AuditAction;
import org.tutela.audit.AuditEvent;
import org.tutela.audit.AuditTrail;
import org.tutela.billing.InvoiceDraft;
import org.tutela.billing.InvoiceNotFound;
import org.tutela.billing.InvoiceAnonymised;
import org.tutela.billing.InvoiceNotIssued;
import org.tutela.billing.IssuedInvoice;
import org.tutela.billing.Parties;
import org.tutela.billing.invoice.IssuedStore.Document;
import org.tutela.personaldata.PersonId;

/**
 * The invoices as finance reads them: drafts with their lines, the year's issued ones, an
 * issued one's documents. Every person an invoice names is audited as read: the private
 * person it is for, and the participants its lines name.
 */
@Component
public class InvoiceBook {

	private final DraftStore drafts;

	private final IssuedStore issued;

	private final Buyers buyers;

	private final AuditTrail audit;

	InvoiceBook(DraftStore drafts, IssuedStore issued, Buyers buyers, AuditTrail audit) {
		this.drafts = drafts;
		this.issued = issued;
		this.buyers = buyers;
		this.audit = audit;
	}

	public List<InvoiceDraft> drafts() {
		return this.drafts.drafts().stream().map(this::view).toList();
	}

	public InvoiceDraft draft(UUID id) {
		return view(this.drafts.open(id));
	}

	/** Deletes a draft with its lines; its registrations are drafted again next time. */
	public void discard(UUID id) {
		Draft draft = this.drafts.open(id);
		this.drafts.discard(id);
		this.audit.record(AuditEvent.of(AuditAction.DELETE, draft.buyer().person(), "invoice draft discarded"));
	}

	public List<IssuedInvoice> issued(int year) {
		List<IssuedStore.Listed> listed = this.issued.ofYear(year);
		listed.stream()
			.filter(invoice -> invoice.person() != null)
			.forEach(invoice -> this.audit.record(AuditEvent.read(invoice.person(), Parties.PURPOSE, "buyer_name")));
		return listed.stream().map(IssuedStore.Listed::invoice).toList();
	}

	/** An issued invoice or credit note; its private buyer is audited as read. */
	public IssuedInvoice issued(UUID id) {
		IssuedStore.Listed listed = this.issued.one(id).orElseThrow(() -> new InvoiceNotFound(id));
		if (listed.person() != null) {
			this.audit.record(AuditEvent.read(listed.person(), Parties.PURPOSE, "buyer_name"));
		}
		return listed.invoice();
	}

	public byte[] ubl(UUID id) {
		return document(id, Document.UBL);
	}

	public byte[] pdf(UUID id) {
		return document(id, Document.PDF);
	}

	/**
	 * An issued document as it is sent, to the address the buyer receives invoices at
	 * today, else the one it was issued with; refused for a draft.
	 */
	public Sendable sendable(UUID id) {
		Draft invoice = this.drafts.find(id).orElseThrow(() -> new InvoiceNotFound(id));
		if (invoice.number() == null) {
			throw new InvoiceNotIssued();
		}
		if (this.drafts.anonymised(id)) {
			throw new InvoiceAnonymised(invoice.number());
		}
		Sendable issued = this.issued.sendable(id).orElseThrow(() -> new InvoiceNotFound(id));
		String today = this.buyers.of(invoice.buyer()).party().email();
		return today != null ? issued.to(today) : issued;
	}

	/** The documents an issued invoice is sent as, without auditing a reading. */
	public byte[] sentDocument(UUID id, boolean ubl) {
		return this.issued.document(id, ubl ? Document.UBL : Document.PDF).orElseThrow(() -> new InvoiceNotFound(id));
	}

	private byte[] document(UUID id, Document kind) {
		byte[] document = this.issued.document(id, kind).orElseThrow(() -> new InvoiceNotFound(id));
		Draft invoice = this.drafts.find(id).orElseThrow(() -> new InvoiceNotFound(id));
		String field = kind.name().toLowerCase(Locale.ROOT);
		readBy(invoice, field);
		this.audit.record(AuditEvent.of(AuditAction.READ, null, "invoice " + invoice.number() + " " + field));
		return document;
	}

	private InvoiceDraft view(Draft draft) {
		String buyer = this.buyers.of(draft.buyer()).party().name();
		readBy(draft, "description");
		String corrects = draft.corrects() == null ? null
				: this.drafts.find(draft.corrects()).map(Draft::number).orElse(null);
		return InvoiceDraft.of(draft.id(), buyer, draft.month() == null ? null : YearMonth.from(draft.month()),
				draft.membershipYear(), draft.language(), this.drafts.lines(draft.id()), draft.kind(), corrects,
				draft.reason());
	}

	/**
	 * Audits the reading of the participants the invoice's lines name, and of its private
	 * buyer.
	 */
	private void readBy(Draft invoice, String field) {
		List<PersonId> participants = this.drafts.participants(invoice.id());
		participants.forEach(person -> this.audit.record(AuditEvent.read(person, Parties.PURPOSE, field)));
		PersonId buyer = invoice.buyer().person();
		if (buyer != null && !Set.copyOf(participants).contains(buyer)) {
			this.audit.record(AuditEvent.read(buyer, Parties.PURPOSE, field));
		}
	}

}
