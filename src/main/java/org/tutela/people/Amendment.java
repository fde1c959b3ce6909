package org.tutela.people;

import org.jspecify.annotations.Nullable;

/** One field a rectification changed, with its value before and after (MEZ-11). */
public record Amendment(String field, @Nullable String before, @Nullable String after) {
}
