package org.tutela.consent;

import java.time.Instant;
import java.util.UUID;

/** One recorded choice of a person about a purpose. */
public record Choice(UUID person, String purpose, ChoiceKind kind, Channel channel, Instant at) {
}
