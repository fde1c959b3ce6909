package org.tutela.billing;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.billing.invoice.Crediting;
import org.tutela.billing.invoice.InvoiceBook;

/**
 * Credit notes, for finance: each corrects one issued invoice and names it, crediting
 * lines of it at most once, so that no credit note takes more than the invoice still
 * holds. Drafted from the registrations cancelled by the course's cancellation terms with
 * no fee due, or for an invoice credited in full with a reason; issued as invoices are
 * ({@link Invoices#issue}), in the same series of numbers (decision 017).
 */
@Service
public class CreditNotes {

	private final Crediting crediting;

	private final InvoiceBook book;

	CreditNotes(Crediting crediting, InvoiceBook book) {
		this.crediting = crediting;
		this.book = book;
	}

	/**
	 * Drafts a credit note for each issued invoice whose registrations have since been
	 * cancelled with no fee due (in the course's free term, with the fee waived by staff,
	 * or with the session called off), crediting those no credit note holds yet; a
	 * cancellation with the fee due is not credited. The credit notes drafted.
	 */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public List<InvoiceDraft> draftForCancellations() {
		return this.crediting.cancellations().stream().map(this.book::draft).toList();
	}

	/**
	 * Drafts a credit note for what the issued invoice still holds, with finance's reason
	 * (a mistake, say); refused for a draft, for a credit note and for an invoice all of
	 * whose lines are credited already.
	 */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public InvoiceDraft creditInFull(UUID invoice, @Nullable String reason) {
		return this.book.draft(this.crediting.whole(invoice, reason));
	}

}
