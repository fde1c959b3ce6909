package org.tutela.register;

/** Someone outside the organisation who receives data of an activity. */
public record Recipient(String name, RecipientType type, String country) {
}
