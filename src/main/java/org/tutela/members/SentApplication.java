package org.tutela.members;

import org.jspecify.annotations.Nullable;

/**
 * A membership application as a visitor typed it: the organisation that applies, its
 * enterprise number and address, and the contact person applying for it; the language of
 * the page it was sent from.
 */
public record SentApplication(@Nullable String organisation, @Nullable String enterpriseNumber, @Nullable String street,
		@Nullable String postcode, @Nullable String city, @Nullable String country, @Nullable String firstName,
		@Nullable String lastName, @Nullable String email, @Nullable String function, String language) {
}
