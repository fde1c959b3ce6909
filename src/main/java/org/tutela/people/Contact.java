package org.tutela.people;

/** A stored e-mail address (as given) or phone number (E.164). */
public record Contact(String value, ContactUsage usage) {
}
