package org.tutela.register.notice;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A client or member organisation to tell of a fundamental change, and whether it was
 * told.
 */
public record OrganisationToTell(UUID id, String name, @Nullable String clientNumber, @Nullable Instant toldAt,
		@Nullable String toldBy) {
}
