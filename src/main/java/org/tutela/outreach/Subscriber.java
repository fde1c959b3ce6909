package org.tutela.outreach;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.consent.Choice;

/**
 * A person's place on a list as staff see it: who, whether they are on it, waiting for
 * their confirmation or gone, since when, and the choice of theirs the list rests on,
 * with its proof.
 */
public record Subscriber(UUID person, String name, @Nullable String email, Place place, Instant since,
		@Nullable Choice choice) {

	public enum Place {

		ON_THE_LIST, AWAITING_CONFIRMATION, LEFT

	}

}
