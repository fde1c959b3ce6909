package org.tutela.identity;

import java.util.List;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.tutela.personaldata.PersonId;

/**
 * The service-layer check before a person's data is shown (MEN-11, ALL-2): roles with
 * {@code people.read} open anyone; roles with {@code people.read-related} only persons a
 * {@link PersonRelations} links to them. Special-category data (GDPR Art. 9) needs
 * {@code special-category.read} and a relation, so marketing never reads it and a
 * physician reads only their own dossiers; which of that person's special-category data
 * the reader then sees is decided per activity, by the roles the pack gives access to it.
 */
@Component
public class PersonAccess {

	private final List<PersonRelations> relations;

	PersonAccess(List<PersonRelations> relations) {
		this.relations = List.copyOf(relations);
	}

	public void checkMayOpen(PersonId person) {
		if (!mayOpen(person)) {
			throw new AccessDeniedException("Not related to this person");
		}
	}

	public void checkMayReadSpecialCategory(PersonId person) {
		if (!mayReadSpecialCategory(person)) {
			throw new AccessDeniedException("No access to special-category data of this person");
		}
	}

	public boolean mayOpen(PersonId person) {
		return holds(Permission.READ_PEOPLE) || (holds(Permission.READ_RELATED_PEOPLE) && related(person));
	}

	public boolean mayReadSpecialCategory(PersonId person) {
		return holds(Permission.READ_SPECIAL_CATEGORY) && related(person);
	}

	private boolean related(PersonId person) {
		return Caller.account()
			.filter(account -> this.relations.stream().anyMatch(relation -> relation.relates(account, person)))
			.isPresent();
	}

	private static boolean holds(Permission permission) {
		return Caller.holds(permission);
	}

}
