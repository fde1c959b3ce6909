package org.tutela.people;

import java.util.List;

/** A page of results; {@code more} tells whether a next page exists. */
public record Page<T>(List<T> items, int page, int size, boolean more) {

	public Page {
		items = List.copyOf(items);
	}

}
