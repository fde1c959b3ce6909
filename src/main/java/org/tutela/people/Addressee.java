package org.tutela.people;

import org.tutela.personaldata.PersonId;

/**
 * Whom a message goes to: the person's first business e-mail address, name and language.
 */
public record Addressee(PersonId person, String email, String firstName, String fullName, String language) {
}
