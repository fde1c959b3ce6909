package org.tutela.people;

import org.jspecify.annotations.Nullable;

/**
 * A back-office search: any of a name (every word must match), an e-mail address, an
 * identifier (exact, through its blind index) or an organisation name; a page of results.
 */
public record PersonQuery(@Nullable String name, @Nullable String email, @Nullable String identifier,
		@Nullable String organisation, int page, int size) {

	public static final int MAX_SIZE = 100;

	public PersonQuery {
		page = Math.max(page, 0);
		size = size <= 0 ? 25 : Math.min(size, MAX_SIZE);
	}

}
