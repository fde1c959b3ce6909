package org.tutela.identity;

import org.tutela.personaldata.PersonId;

/**
 * Who works with whom, contributed by the modules that know it: the sessions a trainer
 * teaches and who attends them, the dossiers assigned to a physician or adviser. Need to
 * know (MEN-11) for the roles that see only related persons rests on these answers.
 */
public interface PersonRelations {

	/**
	 * Whether the staff account works with the person in a way that gives need to know.
	 */
	boolean relates(AccountId staff, PersonId person);

}
