package org.tutela.billing;

/** An invoice handed over for collection, with what is owed on it now. */
public record HandedOverInvoice(HandOver handOver, InvoiceStanding standing) {
}
