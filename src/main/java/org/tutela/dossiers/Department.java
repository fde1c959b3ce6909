package org.tutela.dossiers;

import java.util.List;
import java.util.UUID;

import org.tutela.identity.AccountId;

/**
 * A department of controlling physicians, with its members; its heads read all of its
 * files.
 */
public record Department(UUID id, String name, List<Member> members) {

	public Department {
		members = List.copyOf(members);
	}

	/** A physician of the department, by the name staff know them by. */
	public record Member(AccountId account, String name, boolean head) {

	}

}
