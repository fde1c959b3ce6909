package org.tutela.network;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.personaldata.PersonId;

/**
 * A match: who asked and for which organisation, for which expertise, the members named
 * to them, how many were left out because they opted out, and the disclosure that records
 * it (none when no one was named).
 */
public record Match(String asking, @Nullable String askingCompany, String subject, List<Named> named, int leftOut,
		@Nullable UUID disclosure) {

	public Match {
		named = List.copyOf(named);
	}

	/**
	 * A member named, with their function and company: what the pack's matching activity
	 * passes on.
	 */
	public record Named(PersonId person, String name, @Nullable String function, @Nullable String company) {
	}

}
