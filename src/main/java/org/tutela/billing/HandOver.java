package org.tutela.billing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An invoice handed over for collection: to which collection agent of the pack, when and
 * by whom, and when it was settled afterwards (empty while it is not).
 */
public record HandOver(UUID invoice, String recipient, Instant handedAt, String handedBy, @Nullable Instant settledAt) {

	public boolean settled() {
		return this.settledAt != null;
	}

}
