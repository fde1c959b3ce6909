package org.tutela.people.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tutela.people.Organisations;

/** The organisation chosen in a picker, shown chosen again when the form comes back. */
record OrganisationChoice(UUID id, String name) {

	static @Nullable OrganisationChoice of(String chosen, Organisations organisations) {
		try {
			UUID id = UUID.fromString(chosen);
			return organisations.name(id).map(name -> new OrganisationChoice(id, name)).orElse(null);
		}
		catch (IllegalArgumentException none) {
			return null;
		}
	}

}
