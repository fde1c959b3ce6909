package org.tutela.retention;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.personaldata.PersonId;

/** A legal hold in force: no sweep touches the person's records until it is lifted. */
public record LegalHold(UUID id, PersonId person, HoldReason reason, @Nullable String note, Instant placedAt) {
}
