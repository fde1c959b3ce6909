package org.tutela.people.person;

/** Whether a name or an e-mail address belongs to a person erased at their request. */
public interface ErasedPersons {

	/** {@code lookupKey}: the address in lower case. */
	boolean emailMarked(String lookupKey);

	boolean nameMarked(String searchName);

}
