package org.tutela.audit;

import java.time.Instant;

/** A verification of the audit chain and when it was done. */
public record CheckedChain(Instant checkedAt, ChainReport report) {
}
