package org.tutela.personaldata;

/** Whom a table's rows are about. */
public enum DataSubject {

	/** A person Tutela holds data about: participant, contact, member, applicant. */
	PERSON,
	/** A staff member, through their account. */
	STAFF,
	/** An organisation; its data is personal only for a one-person business. */
	ORGANISATION,
	/** Nobody: the table holds no personal data. */
	NOBODY

}
