package org.tutela.people;

import java.util.UUID;

/**
 * Whom a message goes to: the person's first business e-mail address, name and language.
 */
public record Addressee(UUID person, String email, String firstName, String fullName, String language) {
}
