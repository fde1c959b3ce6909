package org.tutela.identity.apikey;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A key as its holder sees it in the list: never the key itself. */
public record ApiKey(UUID id, String name, Instant createdAt, @Nullable Instant lastUsedAt,
		@Nullable Instant revokedAt) {

}
