package org.tutela.inquiries;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a visitor sent through the contact form or the information request, as typed: the
 * subject (contact form) or course (information request), and the fields the form asked;
 * the language of the page it was sent from.
 */
public record SentInquiry(@Nullable String subject, @Nullable UUID course, @Nullable String firstName,
		@Nullable String lastName, @Nullable String email, @Nullable String organisation, @Nullable String phone,
		@Nullable String message, String language) {
}
