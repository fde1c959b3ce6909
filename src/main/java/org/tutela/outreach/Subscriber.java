package org.tutela.outreach;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tutela.consent.Choice;
import org.tutela.personaldata.PersonId;

/**
 * A person's place on a list as staff see it: who, whether they are on it, waiting for
 * their confirmation or gone, since when, and the choice of theirs the list rests on,
 * with its proof.
 */
public record Subscriber(PersonId person, String name, @Nullable String email, Place place, Instant since,
		@Nullable Choice choice) {

	public enum Place {

		ON_THE_LIST, AWAITING_CONFIRMATION, LEFT

	}

}
