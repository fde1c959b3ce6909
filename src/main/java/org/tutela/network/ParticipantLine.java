package org.tutela.network;

import org.jspecify.annotations.Nullable;
import org.tutela.personaldata.PersonId;

/**
 * One participant on a list handed to the others: name, first name, function, company
 * (VCK-8).
 */
public record ParticipantLine(PersonId person, String lastName, String firstName, @Nullable String function,
		@Nullable String company) {
}
