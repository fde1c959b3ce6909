package org.tutela.requests;

import org.jspecify.annotations.Nullable;

/** A request as a person makes it on the public site or in the portal. */
public record NewRequest(@Nullable Right right, @Nullable FileKind fileKind, @Nullable String name,
		@Nullable String email, @Nullable String details) {
}
