package org.tutela.dossiers.psychosocial;

/**
 * The three kinds of request for formal psychosocial intervention (Code on well-being at
 * work, book I, title 3).
 */
public enum CaseKind {

	/** A request of a mainly collective nature. */
	COLLECTIVE,
	/** A request of a mainly individual nature. */
	INDIVIDUAL,
	/** A request for acts of violence or moral or sexual harassment at work. */
	HARASSMENT

}
