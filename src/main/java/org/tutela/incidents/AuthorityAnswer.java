package org.tutela.incidents;

/** What the client's contact answers within the objection window (MEN-22). */
public enum AuthorityAnswer {

	NO_OBJECTION, OBJECTION

}
