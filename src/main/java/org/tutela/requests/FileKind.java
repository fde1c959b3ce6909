package org.tutela.requests;

/**
 * Which file a request is about. Requests about a medical or psychosocial file arrive by
 * registered letter with a copy of the identity card (MEN-17, MEN-18), and access to a
 * medical file is given to the person's attending physician, not to the person (MEN-17,
 * CER-9).
 */
public enum FileKind {

	GENERAL, MEDICAL, PSYCHOSOCIAL

}
