package org.tutela.billing;

import java.util.UUID;

/**
 * An invoice handed over for collection is settled: paid in full, or credited in full.
 * The holds its hand-over placed may be lifted. Published once, inside the transaction
 * that booked the payment or issued the credit note.
 */
public record HandedOverInvoiceSettled(UUID invoice, String number) {
}
