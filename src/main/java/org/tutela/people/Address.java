package org.tutela.people;

import org.jspecify.annotations.Nullable;

/** A postal address; {@code country} is an ISO 3166-1 alpha-2 code. */
public record Address(@Nullable String street, @Nullable String postcode, @Nullable String city,
		@Nullable String country) {

	public boolean isEmpty() {
		return blank(this.street) && blank(this.postcode) && blank(this.city) && blank(this.country);
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
