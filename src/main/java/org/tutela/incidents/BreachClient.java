package org.tutela.incidents;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A client organisation whose workers a breach concerns, and when it was told (MEN-23);
 * its name as it was when listed.
 */
public record BreachClient(UUID organisation, String name, @Nullable Instant toldAt) {
}
