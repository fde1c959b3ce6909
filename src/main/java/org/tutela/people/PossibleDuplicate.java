package org.tutela.people;

import java.util.UUID;

/** Two records that look like one person, and why. */
public record PossibleDuplicate(UUID first, UUID second, DuplicateReason reason) {
}
