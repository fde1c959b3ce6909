package org.tutela.billing;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An issued invoice or credit note as finance lists it: its number, dates, buyer, what is
 * to be paid or is credited (in cents) and the structured communication that goes with
 * it; a credit note names the invoice it corrects.
 */
public record IssuedInvoice(UUID id, String number, LocalDate issueDate, LocalDate dueDate, String buyer,
		long payableCents, String paymentReference, DocumentKind kind, @Nullable String corrects) {

	/** An invoice. */
	public IssuedInvoice(UUID id, String number, LocalDate issueDate, LocalDate dueDate, String buyer,
			long payableCents, String paymentReference) {
		this(id, number, issueDate, dueDate, buyer, payableCents, paymentReference, DocumentKind.INVOICE, null);
	}

}
