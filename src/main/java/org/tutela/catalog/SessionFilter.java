package org.tutela.catalog;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * What the public calendar is narrowed to: a language, certified courses only, words of
 * the title, a start date.
 */
public record SessionFilter(@Nullable String language, boolean certifiedOnly, @Nullable String words,
		@Nullable LocalDate from) {

	public static final SessionFilter ALL = new SessionFilter(null, false, null, null);

}
