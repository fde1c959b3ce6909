package org.tutela.billing;

import java.io.Serializable;

/**
 * What importing a statement file did: the transfers booked, of which how many paid an
 * invoice (in full or in part) and how many wait for finance; the transfers the file held
 * that were booked before, and the debits it held, which are not kept.
 */
public record StatementImport(int statements, int booked, int matched, int unmatched, int alreadyBooked,
		int debitsIgnored) implements Serializable {
}
