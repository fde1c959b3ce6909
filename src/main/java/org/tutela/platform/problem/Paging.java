package org.tutela.platform.problem;

import java.util.List;

import org.tutela.platform.problem.InvalidInput.FieldError;

/**
 * The range of the paging parameters of lists, pages and the API: a page number from 0,
 * and from 1 to {@value #MAX_SIZE} items a page. Anything else is refused, not guessed
 * at.
 */
public final class Paging {

	public static final int MAX_PAGE = 100_000;

	public static final int MAX_SIZE = 100;

	private Paging() {
	}

	public static int page(int page) {
		if (page < 0 || page > MAX_PAGE) {
			throw new InvalidInput(List.of(new FieldError("page", "page")));
		}
		return page;
	}

	public static int size(int size) {
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInput(List.of(new FieldError("size", "size")));
		}
		return size;
	}

}
