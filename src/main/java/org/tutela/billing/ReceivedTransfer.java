package org.tutela.billing;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A transfer received on a bank statement, as finance sees it: the day it was booked, the
 * amount in cents, who paid from which account, the structured communication they gave
 * (printed as on an invoice) or their text, and the invoice it pays, if any.
 */
public record ReceivedTransfer(UUID id, LocalDate bookedOn, long amountCents, @Nullable String debtorName,
		@Nullable String debtorIban, @Nullable String reference, @Nullable String text, Status status,
		@Nullable String invoiceNumber) {

	/**
	 * Whether it pays an invoice, waits for finance, or is not a payment of an invoice.
	 */
	public enum Status {

		MATCHED, UNMATCHED, NOT_OURS

	}

}
