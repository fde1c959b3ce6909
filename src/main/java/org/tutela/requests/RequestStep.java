package org.tutela.requests;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One step in a request's file: who did what, when. */
public record RequestStep(Instant at, String actor, String step, @Nullable String note) {
}
