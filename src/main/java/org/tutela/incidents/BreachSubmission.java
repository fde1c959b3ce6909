package org.tutela.incidents;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A notification sent to the supervisory authority through its online form: the initial
 * one, then complements (Art. 33(4)); with the authority's reference where it gave one.
 */
public record BreachSubmission(Phase phase, Instant submittedAt, @Nullable String authorityReference) {

	public enum Phase {

		INITIAL, COMPLEMENT

	}

}
