package org.tutela.personaldata;

/** What happens to records once their retention period has passed. */
public enum RetentionAction {

	/** The records are deleted. */
	DELETE,
	/**
	 * The records stay for statistics with nothing left that identifies a person:
	 * identifying fields replaced, encrypted fields and blind indexes removed, the link
	 * to the person cut.
	 */
	ANONYMISE,
	/**
	 * The records stay unchanged, readable only by roles with the archive permission
	 * (MEZ-8).
	 */
	ARCHIVE

}
