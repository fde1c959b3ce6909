package org.tutela.billing;

import java.io.OutputStream;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tutela.billing.collection.Collecting;

/**
 * Collection of unpaid invoices, for finance (MEZ-5): an invoice ready for it (the pack's
 * last reminder sent and its days passed) handed over once to a collection agent the pack
 * names for billing, recorded in the disclosure log with its basis and the persons the
 * invoice names, who stay under a legal hold (reason: unpaid invoice) until it is paid or
 * credited in full; what the collector is given of it; and the overdue and handed-over
 * invoices side by side.
 */
@Service
public class HandOvers {

	/** The most hand-overs the overview lists. */
	public static final int LISTED = 500;

	private final Collecting collecting;

	HandOvers(Collecting collecting) {
		this.collecting = collecting;
	}

	/** The collection agents the pack names for billing, in its order; none is usual. */
	@PreAuthorize("hasAuthority('billing.manage')")
	public List<String> agents() {
		return this.collecting.agents();
	}

	/**
	 * Hands an issued invoice to a collection agent; refused with the field named for a
	 * recipient the pack does not name as one, and when the invoice is not ready
	 * ({@link InvoiceNotReadyForHandOver}) or was handed over before
	 * ({@link InvoiceHandedOverBefore}); nothing is stored then.
	 */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public HandOver handOver(UUID invoice, @Nullable String recipient) {
		return this.collecting.handOver(invoice, recipient);
	}

	/** The invoice's hand-over, if it was handed over. */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional(readOnly = true)
	public Optional<HandOver> of(UUID invoice) {
		return this.collecting.handOverOf(invoice);
	}

	/**
	 * The issued invoices past their due date with something open that were not handed
	 * over, the oldest due first.
	 */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public List<InvoiceStanding> overdue() {
		return this.collecting.overdue();
	}

	/** The invoices handed over, the latest first, with what is open of them now. */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public List<HandedOverInvoice> handedOver() {
		return this.collecting.handedOver(LISTED);
	}

	/**
	 * What the collector is given, as a ZIP archive: the invoice's PDF and one page with
	 * the buyer and address, the invoice's number and dates, what is open and the days it
	 * was reminded. Audited as an export of the persons the invoice names.
	 */
	@PreAuthorize("hasAuthority('billing.manage')")
	@Transactional
	public String forTheCollector(UUID invoice, OutputStream out) {
		return this.collecting.forTheCollector(invoice, out);
	}

}
