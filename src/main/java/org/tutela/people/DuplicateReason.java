package org.tutela.people;

/** Why two person records may be the same person. */
public enum DuplicateReason {

	SAME_EMAIL, SAME_IDENTIFIER, SAME_NAME_AND_BIRTH_DATE

}
