package org.tutela.billing;

import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.billing.invoice.Drafting;
import org.tutela.billing.invoice.InvoiceBook;
import org.tutela.billing.invoice.Issuing;

/**
 * Invoices, for finance: drafted from the registrations whose fee is due or from an
 * individual order, issued with the year's next number as a Peppol BIS Billing 3.0 UBL
 * file and a PDF, and never changed once issued (MEZ-3, MEN-4, SKI-10). Every reading of
 * the persons an invoice names, and every change, is in the audit trail.
 */
@Service
public class Invoices {

	private final Drafting drafting;

	private final Issuing issuing;

	private final InvoiceBook book;

	Invoices(Drafting drafting, Issuing issuing, InvoiceBook book) {
		this.drafting = drafting;
		this.issuing = issuing;
		this.book = book;
	}

	/**
	 * Drafts the registrations whose fee is due on the month's sessions that no invoice
	 * holds yet: confirmed places and cancellations with the fee due, each paid by the
	 * organisation it was made for, or by the private person who registered. The drafts
	 * made or added to.
	 */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public List<InvoiceDraft> draft(YearMonth month) {
		return this.drafting.month(month).stream().map(this.book::draft).toList();
	}

	/**
	 * Drafts the year's fee of each organisation that was a member on some day of it and
	 * that no invoice charges for it yet, at the fee the organisation sets; the drafts
	 * made ({@link MembershipFeeNotCharged} where it sets none).
	 */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public List<InvoiceDraft> draftMembershipFees(Year year) {
		return this.drafting.membershipFees(year).stream().map(this.book::draft).toList();
	}

	/** Whether the organisation charges its members a fee that finance drafts. */
	@PreAuthorize("hasAuthority('billing.manage')")
	public boolean chargesMembershipFees() {
		return this.drafting.chargesMembershipFees();
	}

	/** Drafts an individual order with the lines finance gives. */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public InvoiceDraft order(NewOrder order) {
		return this.book.draft(this.drafting.order(order));
	}

	/** The invoices not issued yet, oldest first. */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public List<InvoiceDraft> drafts() {
		return this.book.drafts();
	}

	/** Deletes a draft; its registrations are drafted again with the next drafting. */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public void discard(UUID draft) {
		this.book.discard(draft);
	}

	/**
	 * Issues a draft with the year's next number; when its documents break a Peppol or EN
	 * 16931 rule ({@link InvoiceBreaksRules}), it stays a draft and the number is not
	 * used.
	 */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public IssuedInvoice issue(UUID draft) {
		return this.issuing.issue(draft);
	}

	/** The invoices issued in the year, by number. */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public List<IssuedInvoice> issued(int year) {
		return this.book.issued(year);
	}

	/** An issued invoice or credit note. */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public IssuedInvoice issued(UUID invoice) {
		return this.book.issued(invoice);
	}

	/** The UBL file an invoice was issued as. */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public byte[] ubl(UUID invoice) {
		return this.book.ubl(invoice);
	}

	/** The PDF an invoice was issued as. */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public byte[] pdf(UUID invoice) {
		return this.book.pdf(invoice);
	}

}
