package org.tutela.outreach;

import org.jspecify.annotations.Nullable;

/**
 * A list as entered: a short code for links and imports, a name, the pack's activity and
 * the category.
 */
public record NewMailingList(@Nullable String code, @Nullable String name, @Nullable String activity,
		@Nullable ListCategory category) {
}
