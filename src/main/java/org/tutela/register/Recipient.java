package org.tutela.register;

/**
 * Someone outside the organisation who receives data of an activity, and the agreement
 * made with them.
 */
public record Recipient(String name, RecipientType type, String country, Agreement agreement) {
}
