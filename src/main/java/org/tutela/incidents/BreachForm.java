package org.tutela.incidents;

import org.jspecify.annotations.Nullable;

/**
 * A breach as the data protection officer types it, every field as typed, so that a form
 * refused comes back as it was: moments as {@code 2026-12-04T17:00} in the organisation's
 * zone, numbers as digits.
 */
public record BreachForm(@Nullable String title, @Nullable String whatHappened, @Nullable String beganAt,
		@Nullable String discoveredAt, @Nullable String dataCategories, @Nullable String personCategories,
		@Nullable String persons, @Nullable String records, @Nullable String consequences,
		@Nullable String measuresTaken, @Nullable String measuresPlanned, @Nullable String risk,
		@Nullable String reasoning) {

	public static BreachForm empty() {
		return new BreachForm(null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

}
