package org.tutela.billing;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An issued invoice as finance lists it: its number, dates, buyer, what is to be paid (in
 * cents) and the structured communication to pay it with.
 */
public record IssuedInvoice(UUID id, String number, LocalDate issueDate, LocalDate dueDate, String buyer,
		long payableCents, String paymentReference) {
}
