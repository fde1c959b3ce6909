package org.tutela.people;

import org.tutela.personaldata.PersonId;

/** Two records that look like one person, and why. */
public record PossibleDuplicate(PersonId first, PersonId second, DuplicateReason reason) {
}
